package app.velocity.delegation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConditionalLogitTest {

  private static final int DECISIONS = 4_000;
  private static final int SLOTS = 4;

  @Test
  void recoversKnownCoefficientsFromSimulatedChoices() {
    var random = new SplittableRandom(7);
    double[] x1 = new double[DECISIONS * SLOTS];
    double[] x2 = new double[DECISIONS * SLOTS];
    int[] offsets = new int[DECISIONS + 1];
    int[] chosen = new int[DECISIONS];
    for (int t = 0; t < DECISIONS; t++) {
      offsets[t + 1] = offsets[t] + SLOTS;
      double[] weight = new double[SLOTS];
      double total = 0;
      for (int j = 0; j < SLOTS; j++) {
        int s = offsets[t] + j;
        x1[s] = gaussian(random);
        x2[s] = gaussian(random);
        weight[j] = Math.exp(1.0 * x1[s] - 0.5 * x2[s]);
        total += weight[j];
      }
      double u = random.nextDouble() * total;
      int j = 0;
      while (j < SLOTS - 1 && (u -= weight[j]) > 0) {
        j++;
      }
      chosen[t] = offsets[t] + j;
    }

    var estimate = new ConditionalLogit(offsets, chosen, x1, x2).fit(2, new double[0]);

    assertThat(estimate.converged()).isTrue();
    // standard errors are about 0.025 with 4,000 decisions: 0.08 is more than three of them
    assertThat(estimate.coefficients()[0]).isCloseTo(1.0, within(0.08));
    assertThat(estimate.coefficients()[1]).isCloseTo(-0.5, within(0.08));
    assertThat(estimate.standardErrors()[1]).isBetween(0.01, 0.05);
  }

  @Test
  void staysFiniteWhenTheChoiceIsPerfectlySeparated() {
    var random = new SplittableRandom(11);
    int n = 50;
    double[] x1 = new double[n * 3];
    int[] offsets = new int[n + 1];
    int[] chosen = new int[n];
    for (int t = 0; t < n; t++) {
      offsets[t + 1] = offsets[t] + 3;
      int best = offsets[t];
      for (int s = offsets[t]; s < offsets[t + 1]; s++) {
        x1[s] = gaussian(random);
        if (x1[s] > x1[best]) {
          best = s;
        }
      }
      chosen[t] = best;
    }

    var estimate = new ConditionalLogit(offsets, chosen, x1).fit(1, new double[0]);

    assertThat(estimate.converged()).isTrue();
    assertThat(estimate.coefficients()[0]).isGreaterThan(5).isFinite();
    assertThat(estimate.logLikelihood()).isFinite();
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller; SplittableRandom has no nextGaussian on Java 17
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
