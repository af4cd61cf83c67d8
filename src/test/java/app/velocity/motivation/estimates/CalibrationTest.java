package app.velocity.motivation.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  private final Calibration calibration = new Calibration(ModelSettings.defaults());
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void statesTheDistanceAndTheDrivesMisread() {
    Profile estimate = new Profile(new DriveScores(20, 48, 32), new DriveScores(20, 50, 30));
    Profile own = new Profile(new DriveScores(31, 35, 34), new DriveScores(50, 30, 20));
    EstimateAccuracy a = calibration.accuracy("Priya", DAY, estimate, own);

    // (−11, 13, −2): √294 / √2 = √147
    assertThat(a.goingWellError()).isCloseTo(Math.sqrt(147), within(1e-9));
    assertThat(a.goingWellDifference().get(Drive.PERFORMANCE)).isCloseTo(13, within(1e-9));
    assertThat(a.sentence())
        .startsWith(
            "Your estimate of Priya was 12 points from Priya's own result; you saw more"
                + " Performance than Priya reports (48 against 35) and less People (20 against"
                + " 31).");
    assertThat(a.estimatedType()).isEqualTo(MotivationalType.PERFORMANCE);
    assertThat(a.selfType()).isEqualTo(MotivationalType.FLEXIBLE);
    assertThat(a.typeMatched()).isFalse();
    assertThat(a.sentence()).contains("You estimated Performance; Priya's own result is Flexible.");
    assertThat(a.firstConflictMatched()).isFalse();
    assertThat(a.sentence()).contains("Under conflict you were 26 points off");
    assertThat(a.sentence())
        .contains(
            "you expected Priya to turn first to Performance, and Priya reports turning first to People.");
  }

  @Test
  void aCloseEstimateIsCalledClose() {
    Profile own = new Profile(new DriveScores(60, 20, 20), new DriveScores(60, 20, 20));
    Profile estimate = new Profile(new DriveScores(58, 22, 20), new DriveScores(60, 20, 20));
    EstimateAccuracy a = calibration.accuracy("Sam", DAY, estimate, own);
    assertThat(a.goingWellError()).isCloseTo(2, within(1e-9));
    assertThat(a.sentence())
        .startsWith("Your estimate of Sam was close: 2 points from Sam's own result.")
        .contains("You read the type right: People.")
        .contains("rightly expected Sam to turn first to People.");
    assertThat(a.typeMatched()).isTrue();
  }

  @Test
  void followsAnEstimatorOverTheirLastEstimatesByDate() {
    Profile own = new Profile(new DriveScores(40, 30, 30), new DriveScores(40, 30, 30));
    List<EstimateAccuracy> history = new ArrayList<>();
    // errors 20, 16, 12, 8, 4, 2 (older to newer); the oldest falls outside a window of 5
    double[] errors = {20, 16, 12, 8, 4, 2};
    for (int i = 0; i < errors.length; i++) {
      double e = errors[i];
      Profile estimate =
          new Profile(new DriveScores(40 - e, 30 + e, 30), new DriveScores(40, 30, 30));
      history.add(calibration.accuracy("P" + i, DAY.plusDays(i), estimate, own));
    }
    Collections.reverse(history);
    EstimatorCalibration c = calibration.overTime(history, 5);
    assertThat(c.count()).isEqualTo(5);
    // older half: 16, 12 → 14; recent half: 8, 4, 2 → 14/3
    assertThat(c.meanError()).isCloseTo((16 + 12 + 8 + 4 + 2) / 5.0, within(1e-9));
    assertThat(c.olderMeanError()).isCloseTo(14, within(1e-9));
    assertThat(c.recentMeanError()).isCloseTo(14 / 3.0, within(1e-9));
    assertThat(c.trend()).isEqualTo(CalibrationTrend.IMPROVING);
    assertThat(c.meanDifference().get(Drive.PERFORMANCE)).isCloseTo(8.4, within(1e-9));
    assertThat(c.sentence())
        .contains("Over your last 5 estimates you were on average 8 points")
        .contains("Your 3 most recent were 5 points off against 14 before")
        .contains("Your estimates tend to show more Performance than people report for themselves");
  }

  @Test
  void worseningAndSteadyTrends() {
    Profile own = new Profile(new DriveScores(40, 30, 30), new DriveScores(40, 30, 30));
    assertThat(trendOf(own, 2, 2, 10, 10)).isEqualTo(CalibrationTrend.WORSENING);
    assertThat(trendOf(own, 6, 6, 7, 5)).isEqualTo(CalibrationTrend.STEADY);
    assertThat(trendOf(own, 6, 6, 7)).isEqualTo(CalibrationTrend.NOT_ENOUGH_ESTIMATES);
  }

  @Test
  void withNothingToCompareItSaysSo() {
    EstimatorCalibration c = calibration.overTime(List.of());
    assertThat(c.count()).isZero();
    assertThat(c.sentence()).contains("nothing to compare");
  }

  private CalibrationTrend trendOf(Profile own, double... errors) {
    List<EstimateAccuracy> history = new ArrayList<>();
    for (int i = 0; i < errors.length; i++) {
      Profile estimate =
          new Profile(
              new DriveScores(40 - errors[i], 30, 30 + errors[i]), new DriveScores(40, 30, 30));
      history.add(calibration.accuracy("P" + i, DAY.plusDays(i), estimate, own));
    }
    return calibration.overTime(history).trend();
  }
}
