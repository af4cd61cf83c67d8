package app.velocity.motivation;

import java.util.List;

/**
 * Everything the model says about one profile, as computed by {@link ProfileCalculator}.
 *
 * @param profile the scores analysed
 * @param type the type of the going-well scores
 * @param leaning whether the going-well point lies closer than the leaning margin to a type
 *     boundary, so that it is described as leaning rather than as a firm type
 * @param distanceToBoundary the size of the smallest move to another type, in points (see {@link
 *     TypeRule#distanceToBoundary(DriveScores)})
 * @param dominantDrive the drive with the highest going-well score (the earlier in canonical order
 *     on an exact tie)
 * @param conflictSequence the order of the drives under conflict
 * @param goingWellPoint the going-well point in the triangle (the dot)
 * @param conflictPoint the conflict point in the triangle (the arrowhead)
 * @param arrow from the dot to the arrowhead
 */
public record ProfileAnalysis(
    Profile profile,
    MotivationalType type,
    boolean leaning,
    double distanceToBoundary,
    Drive dominantDrive,
    ConflictSequence conflictSequence,
    TrianglePoint goingWellPoint,
    TrianglePoint conflictPoint,
    Arrow arrow) {

  public ProfileAnalysis {
    if (profile == null
        || type == null
        || dominantDrive == null
        || conflictSequence == null
        || goingWellPoint == null
        || conflictPoint == null
        || arrow == null) {
      throw new IllegalArgumentException("every part of an analysis is required");
    }
    if (!(distanceToBoundary >= 0)) {
      throw new IllegalArgumentException("distance to a boundary cannot be negative");
    }
  }

  /** The drive(s) the person turns to first under conflict. */
  public List<Drive> firstConflictDrives() {
    return conflictSequence.firstStage();
  }
}
