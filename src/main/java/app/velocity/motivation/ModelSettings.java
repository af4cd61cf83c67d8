package app.velocity.motivation;

/**
 * The tunable constants of the motivational model.
 *
 * <p>All comparisons against these thresholds allow for {@link #EPSILON}: a score within {@code
 * EPSILON} of a threshold counts as lying on it. Inventory scores are multiples of 100/120 and
 * never come that close to a threshold by accident, while values like 44⅓ computed in floating
 * point (which cannot represent them exactly) land on the side the rules intend.
 *
 * @param h half-width of the Flexible hexagon: a profile is Flexible when every going-well score
 *     lies within 33⅓ ± h (inclusive). At least 0.01 and below 33⅓, so the hexagon lies inside the
 *     triangle.
 * @param leaningMargin a profile closer than this many points to a type boundary is "leaning"
 *     (strictly closer; see {@link TypeRule#distanceToBoundary(DriveScores)} for the distance).
 * @param tieTolerance conflict scores within this many points of a stage's highest score
 *     (inclusive) are tied with it.
 */
public record ModelSettings(double h, double leaningMargin, double tieTolerance) {

  /** Tolerance used for every threshold comparison in the model. */
  public static final double EPSILON = 1e-9;

  /** Smallest allowed {@link #h()}: below it floating point tolerance would blur the hexagon. */
  public static final double MINIMUM_H = 0.01;

  public ModelSettings {
    if (!Double.isFinite(h) || h < MINIMUM_H || h >= 100.0 / 3) {
      throw new IllegalArgumentException(
          "h must lie between " + MINIMUM_H + " and 33⅓ (exclusive), not " + h);
    }
    if (!Double.isFinite(leaningMargin) || leaningMargin < 0 || leaningMargin > 100) {
      throw new IllegalArgumentException(
          "the leaning margin must lie between 0 and 100, not " + leaningMargin);
    }
    if (!Double.isFinite(tieTolerance) || tieTolerance < 0 || tieTolerance > 100) {
      throw new IllegalArgumentException(
          "the tie tolerance must lie between 0 and 100, not " + tieTolerance);
    }
  }

  /** The product's settings: h = 11, leaning margin = 3, tie tolerance = 5. */
  public static ModelSettings defaults() {
    return new ModelSettings(11, 3, 5);
  }
}
