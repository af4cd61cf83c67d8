package app.velocity.motivation.estimates;

import app.velocity.motivation.Drive;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One estimator's calibration over their most recent comparable estimates.
 *
 * @param count how many estimates were considered (at most the N asked for)
 * @param meanError mean going-well error of those estimates, in points
 * @param typesMatched how many of them gave the right type
 * @param olderMeanError mean error of the older half (NaN without a trend)
 * @param recentMeanError mean error of the more recent half (NaN without a trend)
 * @param meanDifference mean of estimate minus self-report per drive: a steady lean, such as seeing
 *     more Performance in everyone than they report
 * @param sentence the calibration in plain words, addressed to the estimator
 */
public record EstimatorCalibration(
    int count,
    double meanError,
    int typesMatched,
    CalibrationTrend trend,
    double olderMeanError,
    double recentMeanError,
    Map<Drive, Double> meanDifference,
    String sentence) {

  public EstimatorCalibration {
    meanDifference = Collections.unmodifiableMap(new EnumMap<>(meanDifference));
  }
}
