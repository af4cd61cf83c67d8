package app.velocity.motivation.estimates;

import app.velocity.motivation.Drive;
import app.velocity.motivation.MotivationalType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How far one estimate lay from the colleague's own result, once that result was shared.
 *
 * @param goingWellError distance between the estimated and the self-reported going-well points, in
 *     points (Euclidean over √2, as the arrow is measured)
 * @param conflictError the same for the conflict points
 * @param goingWellDifference estimate minus self-report, per drive (positive: the estimator saw
 *     more of that drive than the colleague reports)
 * @param firstConflictMatched whether the estimate's first conflict stage names the same drives as
 *     the colleague's own
 * @param sentence the comparison in plain words, addressed to the estimator
 */
public record EstimateAccuracy(
    String colleague,
    LocalDate estimatedOn,
    double goingWellError,
    double conflictError,
    MotivationalType estimatedType,
    MotivationalType selfType,
    boolean firstConflictMatched,
    Map<Drive, Double> goingWellDifference,
    String sentence) {

  public EstimateAccuracy {
    if (colleague == null || colleague.isBlank() || estimatedOn == null || sentence == null) {
      throw new IllegalArgumentException("an accuracy needs a colleague, a date and a sentence");
    }
    goingWellDifference = Collections.unmodifiableMap(new EnumMap<>(goingWellDifference));
  }

  /** Whether the estimate gave the colleague the type of their own going-well result. */
  public boolean typeMatched() {
    return estimatedType == selfType;
  }
}
