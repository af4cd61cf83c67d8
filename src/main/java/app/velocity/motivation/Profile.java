package app.velocity.motivation;

/**
 * A person's result: scores when things go well and under conflict or opposition.
 *
 * @param goingWell scores when things go well; decide the type
 * @param conflict scores under conflict or opposition; decide the conflict sequence
 */
public record Profile(DriveScores goingWell, DriveScores conflict) {

  public Profile {
    if (goingWell == null || conflict == null) {
      throw new IllegalArgumentException("a profile needs both going-well and conflict scores");
    }
  }
}
