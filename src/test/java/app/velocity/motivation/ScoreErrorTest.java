package app.velocity.motivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScoreErrorTest {

  @Test
  void itemSpreadIsTheSampleCovarianceOfThePoints() {
    // People 2, 4, 6; Performance 5, 3, 1; Process 3, 3, 3
    ItemSpread s = ItemSpread.of(new int[][] {{2, 5, 3}, {4, 3, 3}, {6, 1, 3}});
    assertThat(s.items()).isEqualTo(3);
    assertThat(s.people()).isCloseTo(4, within(1e-12));
    assertThat(s.performance()).isCloseTo(4, within(1e-12));
    assertThat(s.cross()).isCloseTo(-4, within(1e-12));
  }

  @Test
  void processErrorFollowsFromTheConstantSum() {
    SplittableRandom random = new SplittableRandom(3);
    for (int run = 0; run < 200; run++) {
      int[][] rows = randomAnswers(random, 12 + random.nextInt(40));
      ScoreError e = ScoreError.of(rows);
      ItemSpread s = ItemSpread.of(rows);
      // the Process points' own sample variance, pooled the same way, is what the error implies
      double meanR = 0;
      for (int[] r : rows) {
        meanR += r[2];
      }
      meanR /= rows.length;
      double varR = 0;
      for (int[] r : rows) {
        varR += (r[2] - meanR) * (r[2] - meanR);
      }
      varR /= rows.length - 1;
      int k = rows.length;
      double pooled =
          (ScoreError.PRIOR_ITEMS * 4 + (k - 1) * varR) / (ScoreError.PRIOR_ITEMS + k - 1.0);
      assertThat(e.covariance(Drive.PROCESS, Drive.PROCESS))
          .isCloseTo(pooled * 100 / k, within(1e-9));
      assertThat(s.people() + s.performance() + 2 * s.cross()).isCloseTo(varR, within(1e-9));
      // every drive's errors sum to zero with the others: the three scores always sum to 100
      for (Drive d : Drive.values()) {
        double sum = 0;
        for (Drive o : Drive.values()) {
          sum += e.covariance(d, o);
        }
        assertThat(sum).isCloseTo(0, within(1e-9));
      }
    }
  }

  @Test
  void theStandardErrorFallsWithTheSquareRootOfTheItems() {
    int[][] twelve = new int[12][];
    int[][] fortyEight = new int[48][];
    for (int i = 0; i < 48; i++) {
      int[] row = i % 2 == 0 ? new int[] {6, 2, 2} : new int[] {2, 6, 2};
      if (i < 12) {
        twelve[i] = row;
      }
      fortyEight[i] = row;
    }
    double se12 = ScoreError.of(twelve).standardError(Drive.PEOPLE);
    double se48 = ScoreError.of(fortyEight).standardError(Drive.PEOPLE);
    // a spread of 2 points per item (sd of 4, 4, ... alternating) is near the prior's, so ~ 1/√k
    assertThat(se12 / se48).isCloseTo(2, within(0.1));
  }

  @Test
  void identicalAnswersStillLeaveTheErrorOfThePrior() {
    int[][] same = new int[48][];
    java.util.Arrays.fill(same, new int[] {5, 3, 2});
    ScoreError e = ScoreError.of(same);
    double expected =
        Math.sqrt(ScoreError.PRIOR_ITEMS * 4.0 / (ScoreError.PRIOR_ITEMS + 47) * 100 / 48);
    for (Drive d : Drive.values()) {
      assertThat(e.standardError(d)).isCloseTo(expected, within(1e-9)).isGreaterThan(0.5);
    }
    // answers that swing widely give a much wider error than steady ones
    int[][] swinging = new int[48][];
    for (int i = 0; i < 48; i++) {
      swinging[i] = new int[][] {{10, 0, 0}, {0, 10, 0}, {0, 0, 10}}[i % 3];
    }
    assertThat(ScoreError.of(swinging).standardError(Drive.PEOPLE)).isGreaterThan(5 * expected);
  }

  @Test
  void theErrorOfADifferenceAddsUpTheCovariances() {
    ScoreError e = new ScoreError(4, 9, -3);
    // Var(P − F) = 4 + 9 + 6; Process variance = 4 + 9 − 6 = 7
    assertThat(e.standardErrorOfDifference(Drive.PEOPLE, Drive.PERFORMANCE))
        .isCloseTo(Math.sqrt(19), within(1e-12));
    assertThat(e.standardError(Drive.PROCESS)).isCloseTo(Math.sqrt(7), within(1e-12));
    // Var(P − R) = Var(P) + Var(R) − 2 Cov(P, R), Cov(P, R) = −4 + 3 = −1
    assertThat(e.standardErrorOfDifference(Drive.PEOPLE, Drive.PROCESS))
        .isCloseTo(Math.sqrt(4 + 7 + 2), within(1e-12));
  }

  @Test
  void rejectsCovariancesNoAnswersCouldGive() {
    assertThatThrownBy(() -> new ScoreError(1, 1, 1)).hasMessageContaining("positive definite");
    assertThatThrownBy(() -> new ScoreError(0, 1, 0)).hasMessageContaining("positive");
    assertThatThrownBy(() -> new ItemSpread(10, 1, 1, 2)).hasMessageContaining("cannot come");
    assertThatThrownBy(() -> new ItemSpread(1, 1, 1, 0)).hasMessageContaining("at least 2");
  }

  static int[][] randomAnswers(SplittableRandom random, int items) {
    int[][] rows = new int[items][];
    for (int i = 0; i < items; i++) {
      int a = random.nextInt(11);
      int b = random.nextInt(11 - a);
      rows[i] = new int[] {a, b, 10 - a - b};
    }
    return rows;
  }
}
