package app.velocity.motivation;

/**
 * A profile's place in the unit equilateral triangle (side 1), computed from its scores as
 * barycentric coordinates.
 *
 * <p>Orientation: People is the bottom-left vertex (0, 0), Process the bottom-right vertex (1, 0)
 * and Performance the top vertex (½, √3/2). The y axis points <em>up</em>; a drawing in SVG, whose
 * y axis points down, flips it. The centre (33⅓ each) is (½, √3/6).
 *
 * <p>Distances in this triangle times 100 are distances in score points as used by {@link Arrow}:
 * moving 10 points from one drive to another moves the point by 0.1.
 */
public record TrianglePoint(double x, double y) {

  /** Height of the unit equilateral triangle, √3/2. */
  public static final double HEIGHT = Math.sqrt(3) / 2;

  private static final double SLACK = 1e-6;

  public TrianglePoint {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("coordinates must be finite numbers");
    }
    if (y < -SLACK || y > HEIGHT * 2 * Math.min(x, 1 - x) + SLACK) {
      throw new IllegalArgumentException("(" + x + ", " + y + ") lies outside the triangle");
    }
  }

  /** The point of these scores (rescaled to sum exactly 100). */
  public static TrianglePoint of(DriveScores scores) {
    double sum = scores.people() + scores.performance() + scores.process();
    double performance = scores.performance() / sum;
    double process = scores.process() / sum;
    return new TrianglePoint(performance * 0.5 + process, performance * HEIGHT);
  }

  /** The vertex where a drive scores 100. */
  public static TrianglePoint vertex(Drive drive) {
    return of(DriveScores.vertex(drive));
  }

  /** The centre, 33⅓ each. */
  public static TrianglePoint centre() {
    return new TrianglePoint(0.5, HEIGHT / 3);
  }

  /** The scores at this point (the inverse of {@link #of}). */
  public DriveScores toScores() {
    double performance = Math.max(0, y / HEIGHT * 100);
    double process = Math.max(0, (x - y / HEIGHT * 0.5) * 100);
    double people = Math.max(0, 100 - performance - process);
    double sum = people + performance + process;
    return new DriveScores(people * 100 / sum, performance * 100 / sum, process * 100 / sum);
  }

  /** Euclidean distance in the unit triangle. */
  public double distanceTo(TrianglePoint other) {
    return Math.hypot(x - other.x, y - other.y);
  }
}
