package app.velocity.motivation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compares the exact distance to a type boundary with a brute-force search that tries a dense grid
 * of moves (each score changing by at most the margin, sums staying 100, landing in the triangle)
 * from every profile of a fine grid of the triangle.
 */
class LeaningBruteForceTest {

  @Test
  void exactDistanceAgreesWithBruteForceOnAQuarterPointGrid() {
    assertAgreement(ModelSettings.defaults(), 0.25, 0.1);
  }

  @Test
  void exactDistanceAgreesWithBruteForceForOtherSettings() {
    assertAgreement(new ModelSettings(6, 4, 5), 0.5, 0.1);
  }

  private static void assertAgreement(ModelSettings settings, double gridStep, double moveStep) {
    TypeRule rule = new TypeRule(settings);
    double margin = settings.leaningMargin();
    int steps = (int) Math.round(100 / gridStep);
    int moveSteps = (int) Math.round(margin / moveStep);
    List<String> disagreements = new ArrayList<>();
    int leaning = 0;
    int checked = 0;
    for (int i = 0; i <= steps; i++) {
      for (int j = 0; i + j <= steps; j++) {
        double p = i * gridStep;
        double f = j * gridStep;
        double r = 100 - p - f;
        MotivationalType type = rule.typeOf(p, f, r);
        double exact = rule.distanceToBoundary(p, f, r);
        // The smallest sampled move that changes the type, if any within the margin.
        double bruteForce = Double.POSITIVE_INFINITY;
        for (int a = -moveSteps; a <= moveSteps; a++) {
          for (int b = -moveSteps; b <= moveSteps; b++) {
            int c = -a - b;
            if (Math.abs(c) > moveSteps) {
              continue;
            }
            double size = Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c))) * moveStep;
            if (size >= bruteForce) {
              continue;
            }
            double np = p + a * moveStep;
            double nf = f + b * moveStep;
            double nr = 100 - np - nf;
            if (np < 0 || nf < 0 || nr < 0) {
              continue;
            }
            if (rule.typeOf(np, nf, nr) != type) {
              bruteForce = size;
            }
          }
        }
        checked++;
        // A witness move can never be smaller than the exact infimum.
        if (bruteForce < exact - 1e-9) {
          disagreements.add(at(p, f, r) + " exact " + exact + " > witness " + bruteForce);
        }
        // Where the exact distance is clearly inside the margin, sampling finds a move close to it.
        if (exact < margin - 2 * moveStep && bruteForce > exact + 2 * moveStep) {
          disagreements.add(at(p, f, r) + " exact " + exact + " but best witness " + bruteForce);
        }
        boolean exactLeaning = rule.isLeaning(exact);
        if (exactLeaning) {
          leaning++;
        }
        boolean clearOfTheMarginBand = exact < margin - 2 * moveStep || exact > margin + 1e-6;
        if (clearOfTheMarginBand && exactLeaning != (bruteForce < margin + 1e-9)) {
          disagreements.add(at(p, f, r) + " leaning " + exactLeaning + ", exact " + exact);
        }
      }
    }
    assertThat(disagreements).isEmpty();
    // the comparison means something only if both kinds of profile occur in number
    assertThat(leaning).isGreaterThan(checked / 20).isLessThan(checked / 2);
  }

  private static String at(double p, double f, double r) {
    return "(" + p + ", " + f + ", " + r + ")";
  }
}
