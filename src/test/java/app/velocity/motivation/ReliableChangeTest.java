package app.velocity.motivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReliableChangeTest {

  private static final ScoreError SE2 = new ScoreError(4, 4, -2); // ±2 per drive

  @Test
  void theRadiusIsTheNinetyFifthPercentileOfATwoDimensionalChiSquare() {
    // P(χ²₂ ≤ x) = 1 − exp(−x/2); 5.991 is the tabulated 95th percentile
    assertThat(ReliableChange.RADIUS * ReliableChange.RADIUS).isCloseTo(5.991, within(0.001));
  }

  @Test
  void aMoveAlongOneDirectionIsComparedWithTheErrorInThatDirection() {
    // 4 points from Process to People: the difference's People and Process errors are ±2√2 each
    // and correlate −½ (Var(P − R) = 8 + 8 + 8 = 24 in arrow terms of 2 points per point moved)
    DriveScores before = new DriveScores(40, 30, 30);
    DriveScores after = new DriveScores(44, 30, 26);
    ReliableChange change = ReliableChange.between(before, SE2, after, SE2);
    assertThat(change.moved()).isCloseTo(4, within(1e-9));
    // Mahalanobis² of (dp, df) = (4, 0) under Σ = 2 × [[4, −2], [−2, 4]]: 4² × 8 / (64 − 16) = 8/3
    double standardErrors = Math.sqrt(8.0 / 3);
    assertThat(change.allowance())
        .isCloseTo(4 * ReliableChange.RADIUS / standardErrors, within(1e-9));
    assertThat(change.beyondError()).isFalse();
    ReliableChange far = ReliableChange.between(before, SE2, new DriveScores(50, 30, 20), SE2);
    assertThat(far.moved()).isCloseTo(10, within(1e-9));
    assertThat(far.allowance()).isCloseTo(change.allowance(), within(1e-9));
    assertThat(far.beyondError()).isTrue();
  }

  @Test
  void aWiderErrorNeedsALongerMove() {
    DriveScores before = new DriveScores(40, 30, 30);
    DriveScores after = new DriveScores(48, 26, 26);
    assertThat(ReliableChange.between(before, SE2, after, SE2).beyondError()).isTrue();
    ScoreError wide = new ScoreError(25, 25, -12.5);
    ReliableChange change = ReliableChange.between(before, wide, after, wide);
    assertThat(change.beyondError()).isFalse();
    assertThat(change.allowance()).isGreaterThan(change.moved());
  }

  @Test
  void noMoveIsNeverBeyondTheError() {
    DriveScores same = new DriveScores(40, 30, 30);
    ReliableChange change = ReliableChange.between(same, SE2, same, SE2);
    assertThat(change.moved()).isZero();
    assertThat(change.beyondError()).isFalse();
    assertThat(change.allowance()).isGreaterThan(0);
  }
}
