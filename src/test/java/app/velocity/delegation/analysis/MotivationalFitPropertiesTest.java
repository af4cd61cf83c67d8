package app.velocity.delegation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.motivation.DriveScores;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of fit and ranking, checked on many seeded random profiles. */
class MotivationalFitPropertiesTest {

  private final Random random = new Random(20261127);

  private DriveScores point() {
    int x = random.nextInt(101);
    int y = random.nextInt(101);
    return new DriveScores(Math.min(x, y), Math.abs(x - y), 100 - Math.max(x, y));
  }

  @Test
  void fitStaysWithinZeroAndHundredAndIsSymmetric() {
    for (int i = 0; i < 2_000; i++) {
      DriveScores a = point();
      DriveScores b = point();
      double fit = MotivationalFit.of(a, b);
      assertThat(fit).isBetween(0.0, 100.0);
      assertThat(MotivationalFit.of(b, a)).isEqualTo(fit);
    }
  }

  @Test
  void anEstimateNeverFitsBetterThanTheBetterOfItselfAndTheCentre() {
    for (int i = 0; i < 2_000; i++) {
      DriveScores estimate = point();
      DriveScores demand = point();
      int confidencePercent = 1 + random.nextInt(100);
      double expected = MotivationalFit.estimated(estimate, confidencePercent / 100.0, demand);
      double own = MotivationalFit.of(estimate, demand);
      double centre = MotivationalFit.of(DriveScores.centre(), demand);
      assertThat(expected).isBetween(Math.min(own, centre) - 1e-9, Math.max(own, centre) + 1e-9);
    }
  }

  @Test
  void rankingDoesNotDependOnTheOrderCandidatesArriveIn() {
    for (int i = 0; i < 200; i++) {
      DriveScores demand = point();
      // whole-number profiles make exact ties common, which is what the tie-break must survive
      int size = 2 + random.nextInt(5);
      var candidates = new ArrayList<Candidate>();
      for (int c = 0; c < size; c++) {
        candidates.add(Candidate.selfReported("c" + c, "Person " + c, point()));
      }
      var shuffled = new ArrayList<>(candidates);
      Collections.reverse(shuffled);
      assertThat(FitRanking.rank(demand, shuffled)).isEqualTo(FitRanking.rank(demand, candidates));
      Collections.shuffle(shuffled, random);
      assertThat(FitRanking.rank(demand, shuffled)).isEqualTo(FitRanking.rank(demand, candidates));
    }
  }
}
