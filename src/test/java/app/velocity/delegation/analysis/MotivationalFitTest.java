package app.velocity.delegation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.velocity.motivation.DriveScores;
import org.junit.jupiter.api.Test;

class MotivationalFitTest {

  private static final DriveScores PEOPLE_CORNER = new DriveScores(100, 0, 0);

  @Test
  void aPerfectMatchFitsFully() {
    var p = new DriveScores(20, 30, 50);
    assertThat(MotivationalFit.of(p, p)).isCloseTo(100, within(1e-9));
  }

  @Test
  void oppositeCornersDoNotFitAtAll() {
    assertThat(MotivationalFit.of(new DriveScores(0, 100, 0), PEOPLE_CORNER))
        .isCloseTo(0, within(1e-9));
  }

  @Test
  void halfwayAlongAnEdgeFitsHalf() {
    // distance √(50² + 50²) is half the corner-to-corner distance 100·√2
    assertThat(MotivationalFit.of(new DriveScores(50, 50, 0), PEOPLE_CORNER))
        .isCloseTo(50, within(1e-9));
  }

  @Test
  void anEstimateIsDrawnTowardTheFitOfTheCentreByItsConfidence() {
    double centreFit = MotivationalFit.of(DriveScores.centre(), PEOPLE_CORNER);
    assertThat(centreFit).isCloseTo(42.265, within(1e-3));
    assertThat(MotivationalFit.estimated(PEOPLE_CORNER, 1, PEOPLE_CORNER))
        .isCloseTo(100, within(1e-9));
    assertThat(MotivationalFit.estimated(PEOPLE_CORNER, 0.5, PEOPLE_CORNER))
        .isCloseTo((100 + centreFit) / 2, within(1e-9));
  }

  @Test
  void rejectsAConfidenceOutsideZeroToOne() {
    assertThatThrownBy(() -> MotivationalFit.estimated(PEOPLE_CORNER, 0, PEOPLE_CORNER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MotivationalFit.estimated(PEOPLE_CORNER, 1.2, PEOPLE_CORNER))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
