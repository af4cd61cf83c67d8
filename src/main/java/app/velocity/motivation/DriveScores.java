package app.velocity.motivation;

import java.util.EnumMap;
import java.util.Map;

/**
 * Three scores, one per drive, that sum to 100 (within {@link #TOLERANCE}). A point in the triangle
 * in barycentric coordinates.
 */
public record DriveScores(double people, double performance, double process) {

  /** How far the sum may stray from 100, to absorb rounding in clients. */
  public static final double TOLERANCE = 0.01;

  public DriveScores {
    for (double v : new double[] {people, performance, process}) {
      if (!Double.isFinite(v) || v < 0 || v > 100) {
        throw new IllegalArgumentException("each score must lie between 0 and 100");
      }
    }
    double sum = people + performance + process;
    if (Math.abs(sum - 100) > TOLERANCE) {
      throw new IllegalArgumentException("the three scores must sum to 100, not " + sum);
    }
  }

  /** The centre of the triangle, 33⅓ each. */
  public static DriveScores centre() {
    return new DriveScores(100.0 / 3, 100.0 / 3, 100.0 - 200.0 / 3);
  }

  public static DriveScores of(Map<Drive, ? extends Number> scores) {
    for (Drive d : Drive.values()) {
      if (scores.get(d) == null) {
        throw new IllegalArgumentException("a score for " + d + " is missing");
      }
    }
    return new DriveScores(
        scores.get(Drive.PEOPLE).doubleValue(),
        scores.get(Drive.PERFORMANCE).doubleValue(),
        scores.get(Drive.PROCESS).doubleValue());
  }

  /** The scores at a vertex of the triangle: 100 for this drive, 0 for the others. */
  public static DriveScores vertex(Drive drive) {
    return new DriveScores(
        drive == Drive.PEOPLE ? 100 : 0,
        drive == Drive.PERFORMANCE ? 100 : 0,
        drive == Drive.PROCESS ? 100 : 0);
  }

  /** These scores rescaled to sum 100 as exactly as floating point allows. */
  public DriveScores normalised() {
    double sum = people + performance + process;
    return new DriveScores(people * 100 / sum, performance * 100 / sum, process * 100 / sum);
  }

  public double of(Drive drive) {
    return switch (drive) {
      case PEOPLE -> people;
      case PERFORMANCE -> performance;
      case PROCESS -> process;
    };
  }

  public Map<Drive, Double> asMap() {
    Map<Drive, Double> map = new EnumMap<>(Drive.class);
    for (Drive d : Drive.values()) {
      map.put(d, of(d));
    }
    return map;
  }

  /** Euclidean distance between two points, in score points. */
  public double distanceTo(DriveScores other) {
    double a = people - other.people;
    double b = performance - other.performance;
    double c = process - other.process;
    return Math.sqrt(a * a + b * b + c * c);
  }
}
