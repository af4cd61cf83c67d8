package app.velocity.delegation.analysis;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;

/**
 * How much a colleague is motivated like the executive.
 *
 * <p>The continuous measure is the profile distance in score points (going-well scores), the same
 * geometry as {@link MotivationalFit}. The binary "motivated like you", used for the odds ratio and
 * the plain-word counts, holds when the two share their dominant drive (the highest score, exact
 * ties resolved in the canonical drive order) <em>or</em> lie less than {@link #ALIKE_DISTANCE}
 * points apart. The second clause keeps two people near the same boundary, say 34/33/33 and
 * 33/34/33, from counting as unlike merely because they fall on either side of it.
 */
public final class Similarity {

  /**
   * Below this distance two profiles count as alike whatever their dominant drives. 20 points is
   * about a seventh of the triangle's width, less than the typical distance between two people
   * (about 40 points for profiles spread evenly over the triangle).
   */
  public static final double ALIKE_DISTANCE = 20;

  private Similarity() {}

  /** The profile distance between executive and colleague, in score points. */
  public static double distance(DriveScores executive, DriveScores colleague) {
    return executive.distanceTo(colleague);
  }

  /** Whether the colleague counts as "motivated like you". */
  public static boolean motivatedAlike(DriveScores executive, DriveScores colleague) {
    return dominantDrive(executive) == dominantDrive(colleague)
        || distance(executive, colleague) < ALIKE_DISTANCE;
  }

  /** The drive with the highest score; exact ties go to the drive declared first. */
  public static Drive dominantDrive(DriveScores scores) {
    Drive best = Drive.PEOPLE;
    for (Drive d : Drive.values()) {
      if (scores.of(d) > scores.of(best)) {
        best = d;
      }
    }
    return best;
  }
}
