package app.velocity.motivation;

/**
 * Whether the going-well point moved between two results by more than a retake alone moves it.
 * Without any real change, the difference of two results is their two errors added; a move counts
 * as beyond the error when it is longer than {@link #COVERAGE} of such differences would be, in its
 * own direction (a Mahalanobis length above √χ²₂(0.95) ≈ 2.45; the two-dimensional form of the
 * reliable change index).
 *
 * @param moved the length of the move in score points, as {@link Arrow#length()} measures it
 * @param allowance how long a move in this direction a retake alone gives, in the same points
 * @param beyondError whether the move is longer than the allowance
 */
public record ReliableChange(double moved, double allowance, boolean beyondError) {

  /** The share of pure retakes whose move counts as within the error. */
  public static final double COVERAGE = 0.95;

  /** √χ²₂(COVERAGE): a chi-square with 2 degrees of freedom has P(X > x) = exp(−x/2). */
  public static final double RADIUS = Math.sqrt(-2 * Math.log(1 - COVERAGE));

  /** Moves shorter than this many points are "no move": their direction means nothing. */
  private static final double STILL = 1e-6;

  /** The change from one result's going-well scores to a later one's. */
  public static ReliableChange between(
      DriveScores before, ScoreError beforeError, DriveScores after, ScoreError afterError) {
    DriveScores a = before.normalised();
    DriveScores b = after.normalised();
    double dp = b.people() - a.people();
    double df = b.performance() - a.performance();
    double moved = Math.sqrt(dp * dp + df * df + (dp + df) * (dp + df)) / Math.sqrt(2);
    ScoreError both = beforeError.plus(afterError);
    if (moved < STILL) {
      // In the direction where a retake varies least: the smallest move that could count.
      return new ReliableChange(0, RADIUS * smallestSpread(both), false);
    }
    double standardErrors = Math.sqrt(both.mahalanobisSquared(dp, df));
    double allowance = moved * RADIUS / standardErrors;
    return new ReliableChange(moved, allowance, standardErrors > RADIUS);
  }

  /** The standard error, in arrow points, along the direction where it is smallest. */
  private static double smallestSpread(ScoreError e) {
    // Arrow length² of a move (dp, df) is dᵀ M d with M = [[1, ½], [½, 1]]; the smallest spread is
    // the smallest generalised eigenvalue of the covariance against M.
    double a = e.people();
    double b = e.performance();
    double c = e.cross();
    // Solve det(Σ − λ M) = 0: (a − λ)(b − λ) − (c − λ/2)² = 0.
    double qa = 0.75;
    double qb = -(a + b - c);
    double qc = a * b - c * c;
    double root = Math.sqrt(Math.max(0, qb * qb - 4 * qa * qc));
    return Math.sqrt(Math.max(0, (-qb - root) / (2 * qa)));
  }
}
