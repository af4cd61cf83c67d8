package app.velocity.motivation.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.velocity.motivation.DriveScores;
import app.velocity.motivation.Profile;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CombinedEstimateTest {

  private static ObserverEstimate estimate(DriveScores well, DriveScores conflict, double c) {
    return new ObserverEstimate("v1", new Profile(well, conflict), c, 8, 8, 4, 4, false, List.of());
  }

  @Test
  void weightsEachEstimateByItsConfidence() {
    ObserverEstimate close =
        estimate(new DriveScores(20, 60, 20), new DriveScores(20, 60, 20), 0.6);
    ObserverEstimate distant =
        estimate(new DriveScores(40, 30, 30), new DriveScores(40, 30, 30), 0.2);
    CombinedEstimate combined = CombinedEstimate.of(List.of(close, distant));
    DriveScores well = combined.profile().goingWell();
    // (0.6 × 20 + 0.2 × 40) / 0.8 = 25, (0.6 × 60 + 0.2 × 30) / 0.8 = 52.5, 22.5
    assertThat(well.people()).isCloseTo(25, within(1e-9));
    assertThat(well.performance()).isCloseTo(52.5, within(1e-9));
    assertThat(well.process()).isCloseTo(22.5, within(1e-9));
    // 1 − 0.4 × 0.8
    assertThat(combined.confidence()).isCloseTo(0.68, within(1e-12));
    // (−20, 30, −10): √1400 / √2 = √700
    assertThat(combined.goingWellSpread()).isCloseTo(Math.sqrt(700), within(1e-9));
    assertThat(combined.estimators()).isEqualTo(2);
    assertThat(combined.notes()).anyMatch(n -> n.contains("disagree") && n.contains("26 points"));
  }

  @Test
  void confidenceGrowsWithEstimatorsButStaysCappedBelowASelfReport() {
    ObserverEstimate e = estimate(DriveScores.centre(), DriveScores.centre(), 0.85);
    assertThat(CombinedEstimate.of(List.of(e)).confidence()).isCloseTo(0.85, within(1e-12));
    assertThat(CombinedEstimate.of(List.of(e, e)).confidence()).isEqualTo(CombinedEstimate.MAXIMUM);
    assertThat(CombinedEstimate.MAXIMUM).isLessThan(1);
  }

  @Test
  void aSingleEstimateIsItsOwnCombination() {
    ObserverEstimate e = estimate(new DriveScores(50, 30, 20), new DriveScores(30, 50, 20), 0.4);
    CombinedEstimate combined = CombinedEstimate.of(List.of(e));
    assertThat(combined.profile().goingWell().distanceTo(e.profile().goingWell())).isLessThan(1e-9);
    assertThat(combined.goingWellSpread()).isZero();
    assertThat(combined.notes()).anyMatch(n -> n.contains("One estimate so far"));
  }

  @Test
  void theMoreConfidentEstimatePullsHarder() {
    Random random = new Random(77L);
    for (int run = 0; run < 500; run++) {
      DriveScores a = randomScores(random);
      DriveScores b = randomScores(random);
      double ca = 0.05 + random.nextDouble() * 0.8;
      double cb = 0.05 + random.nextDouble() * 0.8;
      DriveScores mean =
          CombinedEstimate.of(List.of(estimate(a, a, ca), estimate(b, b, cb)))
              .profile()
              .goingWell();
      double toA = mean.distanceTo(a);
      double toB = mean.distanceTo(b);
      if (ca > cb + 1e-6) {
        assertThat(toA).isLessThanOrEqualTo(toB + 1e-9);
      } else if (cb > ca + 1e-6) {
        assertThat(toB).isLessThanOrEqualTo(toA + 1e-9);
      }
      // order of the inputs does not matter
      DriveScores swapped =
          CombinedEstimate.of(List.of(estimate(b, b, cb), estimate(a, a, ca)))
              .profile()
              .goingWell();
      assertThat(swapped.distanceTo(mean)).isLessThan(1e-9);
    }
  }

  @Test
  void refusesToCombineNothing() {
    assertThatThrownBy(() -> CombinedEstimate.of(List.of()))
        .hasMessageContaining("no estimate to combine");
  }

  private static DriveScores randomScores(Random random) {
    double x = random.nextDouble();
    double y = random.nextDouble() * (1 - x);
    return new DriveScores(x * 100, y * 100, 100 - x * 100 - y * 100);
  }
}
