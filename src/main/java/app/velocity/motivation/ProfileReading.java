package app.velocity.motivation;

/**
 * A result as it may honestly be read: the model's analysis, its measurement error, the regions
 * drawn around both points, how firmly the type may be stated and the conflict sequence with every
 * difference inside the error counted as a tie. Made by {@link UncertaintyRule}.
 *
 * @param analysis what the model says about the scores
 * @param error the scores' measurement error
 * @param goingWellRegion the region around the going-well point
 * @param conflictRegion the region around the conflict point
 * @param type how firmly the type may be stated
 * @param sequenceWithinError the conflict sequence with ties wherever a difference lies within the
 *     tie tolerance plus its error; the model's {@link ProfileAnalysis#conflictSequence()} when
 *     every step is clear
 */
public record ProfileReading(
    ProfileAnalysis analysis,
    ProfileError error,
    ConfidenceRegion goingWellRegion,
    ConfidenceRegion conflictRegion,
    TypeReading type,
    ConflictSequence sequenceWithinError) {

  public ProfileReading {
    if (analysis == null
        || error == null
        || goingWellRegion == null
        || conflictRegion == null
        || type == null
        || sequenceWithinError == null) {
      throw new IllegalArgumentException("every part of a reading is required");
    }
  }

  /** Whether the error widens the model's conflict sequence into more ties. */
  public boolean sequenceWidened() {
    return sequenceWithinError != analysis.conflictSequence();
  }
}
