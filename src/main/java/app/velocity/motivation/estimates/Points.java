package app.velocity.motivation.estimates;

import app.velocity.motivation.DriveScores;
import java.util.Locale;

/** Distances and numbers as the estimate sentences state them. */
final class Points {

  private Points() {}

  /**
   * Distance between two score triples in score points, as {@link app.velocity.motivation.Arrow}
   * measures it: Euclidean distance over √2, so moving k points from one drive to another is k.
   */
  static double between(DriveScores a, DriveScores b) {
    return a.distanceTo(b) / Math.sqrt(2);
  }

  /** A number as people read it: rounded to a whole number. */
  static String whole(double v) {
    return String.format(Locale.ROOT, "%d", Math.round(v));
  }

  static String percent(double fraction) {
    return Math.round(fraction * 100) + "%";
  }
}
