package app.velocity.delegation.analysis;

import app.velocity.motivation.DriveScores;

/**
 * How well a person's going-well motives fit what a piece of work demands, on a 0..100 scale.
 *
 * <p>{@code fit = 100 × (1 − d / (100·√2))}, where {@code d} is the Euclidean distance between the
 * person's scores and the work's demand in score points. Both are points of the triangle, and the
 * largest distance two points of the triangle can have is between two corners, {@code 100·√2}, so a
 * person at the opposite corner from the demand scores 0 and a perfect match scores 100. The
 * Euclidean distance of barycentric scores is proportional to the distance drawn on the triangle,
 * so fit reads straight off the picture the executive sees.
 *
 * <p>An observer estimate held with confidence {@code c ∈ (0, 1]} is shrunk toward the fit of the
 * triangle's centre, which is what we would say of someone we know nothing about: {@code c ×
 * fit(estimate) + (1 − c) × fit(centre)}. A self-reported result has {@code c = 1}.
 */
public final class MotivationalFit {

  /** The largest distance between two points of the triangle: corner to corner. */
  public static final double MAX_DISTANCE = 100 * Math.sqrt(2);

  private MotivationalFit() {}

  /** The fit of a person's going-well scores to a demand, 0..100. */
  public static double of(DriveScores person, DriveScores demand) {
    return ofDistance(person.distanceTo(demand));
  }

  /**
   * The expected fit of a person known only through an observer's estimate.
   *
   * @param confidence the estimator's confidence, in (0, 1]; 1 means a self-reported result
   */
  public static double estimated(DriveScores estimate, double confidence, DriveScores demand) {
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must lie in (0, 1], not " + confidence);
    }
    return confidence * of(estimate, demand) + (1 - confidence) * of(DriveScores.centre(), demand);
  }

  /** Fit from a distance already computed, for the analysis's primitive loops. */
  static double ofDistance(double distance) {
    return Math.max(0, Math.min(100, 100 * (1 - distance / MAX_DISTANCE)));
  }
}
