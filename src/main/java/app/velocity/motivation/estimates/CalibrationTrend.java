package app.velocity.motivation.estimates;

/** Whether an estimator's recent estimates came closer to people's own results than before. */
public enum CalibrationTrend {
  /** The recent half is at least {@link Calibration#TREND_STEP} points closer. */
  IMPROVING,
  /** Within {@link Calibration#TREND_STEP} points either way. */
  STEADY,
  /** The recent half is at least {@link Calibration#TREND_STEP} points further off. */
  WORSENING,
  /** Fewer than {@link Calibration#MIN_FOR_TREND} comparable estimates. */
  NOT_ENOUGH_ESTIMATES
}
