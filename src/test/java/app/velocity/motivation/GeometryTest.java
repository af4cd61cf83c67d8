package app.velocity.motivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GeometryTest {

  static final double H = Math.sqrt(3) / 2;

  @Test
  void verticesFollowTheDocumentedOrientation() {
    assertPoint(TrianglePoint.vertex(Drive.PEOPLE), 0, 0);
    assertPoint(TrianglePoint.vertex(Drive.PROCESS), 1, 0);
    assertPoint(TrianglePoint.vertex(Drive.PERFORMANCE), 0.5, H);
  }

  @Test
  void centreScoresLieAtTheCentroid() {
    assertPoint(TrianglePoint.of(DriveScores.centre()), 0.5, H / 3);
    assertPoint(TrianglePoint.centre(), 0.5, H / 3);
  }

  @Test
  void edgeMidpointsLieBetweenTheirVertices() {
    assertPoint(TrianglePoint.of(new DriveScores(50, 0, 50)), 0.5, 0);
    assertPoint(TrianglePoint.of(new DriveScores(50, 50, 0)), 0.25, H / 2);
  }

  @Test
  void pointsConvertBackToTheirScores() {
    Random random = new Random(3);
    for (int n = 0; n < 1000; n++) {
      double a = random.nextDouble() * 100;
      double b = random.nextDouble() * 100;
      DriveScores s = new DriveScores(Math.min(a, b), Math.abs(a - b), 100 - Math.max(a, b));
      DriveScores back = TrianglePoint.of(s).toScores();
      assertThat(back.people()).isCloseTo(s.people(), within(1e-9));
      assertThat(back.performance()).isCloseTo(s.performance(), within(1e-9));
      assertThat(back.process()).isCloseTo(s.process(), within(1e-9));
    }
  }

  @Test
  void normalisingRescalesScoresToSumExactlyOneHundred() {
    DriveScores drifted = new DriveScores(50.004, 30.003, 20.002);
    DriveScores normalised = drifted.normalised();
    assertThat(normalised.people() + normalised.performance() + normalised.process())
        .isCloseTo(100, within(1e-12));
    assertThat(normalised.people()).isCloseTo(50.004 * 100 / 100.009, within(1e-12));
    assertThat(DriveScores.vertex(Drive.PERFORMANCE)).isEqualTo(new DriveScores(0, 100, 0));
  }

  @Test
  void rejectsAPointOutsideTheTriangle() {
    assertThatThrownBy(() -> new TrianglePoint(0.1, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the triangle");
    assertThatThrownBy(() -> new TrianglePoint(0.5, -0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrianglePoint(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void arrowLengthIsThePointsMovedBetweenTwoDrives() {
    Arrow arrow = Arrow.of(new Profile(new DriveScores(60, 20, 20), new DriveScores(50, 30, 20)));
    assertThat(arrow.length()).isCloseTo(10, within(1e-9));
    assertThat(
            new Arrow(TrianglePoint.vertex(Drive.PEOPLE), TrianglePoint.vertex(Drive.PROCESS))
                .length())
        .isCloseTo(100, within(1e-9));
  }

  @Test
  void arrowLengthIsTheScoreDistanceOverRootTwo() {
    DriveScores a = new DriveScores(50, 30, 20);
    DriveScores b = new DriveScores(20, 35, 45);
    assertThat(Arrow.of(new Profile(a, b)).length())
        .isCloseTo(a.distanceTo(b) / Math.sqrt(2), within(1e-9));
  }

  @Test
  void arrowMagnitudeHasPlainWordsAtItsThresholds() {
    assertThat(ArrowMagnitude.ofLength(0)).isEqualTo(ArrowMagnitude.SLIGHT);
    assertThat(ArrowMagnitude.ofLength(4.99)).isEqualTo(ArrowMagnitude.SLIGHT);
    assertThat(ArrowMagnitude.ofLength(5)).isEqualTo(ArrowMagnitude.NOTICEABLE);
    assertThat(ArrowMagnitude.ofLength(14.99)).isEqualTo(ArrowMagnitude.NOTICEABLE);
    assertThat(ArrowMagnitude.ofLength(15)).isEqualTo(ArrowMagnitude.MARKED);
    assertThat(ArrowMagnitude.MARKED.phrase()).isEqualTo("changes markedly");
    assertThat(ArrowMagnitude.SLIGHT.phrase()).isEqualTo("barely changes");
  }

  private static void assertPoint(TrianglePoint p, double x, double y) {
    assertThat(p.x()).isCloseTo(x, within(1e-12));
    assertThat(p.y()).isCloseTo(y, within(1e-12));
  }
}
