package app.velocity.motivation;

/**
 * The measurement error of a result, one per part.
 *
 * @param goingWell the error of the going-well scores, which decide the type
 * @param conflict the error of the conflict scores, which decide the conflict sequence
 */
public record ProfileError(ScoreError goingWell, ScoreError conflict) {

  public ProfileError {
    if (goingWell == null || conflict == null) {
      throw new IllegalArgumentException("a profile error needs both parts");
    }
  }

  /** The error of both parts from the spread of their answers. */
  public static ProfileError of(ItemSpread goingWell, ItemSpread conflict) {
    return new ProfileError(ScoreError.of(goingWell), ScoreError.of(conflict));
  }
}
