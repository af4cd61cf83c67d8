package app.velocity.motivation.strengths;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;

/** How much a strength draws on each drive: three weights between 0 and 1 that sum to 1. */
public record DriveMix(double people, double performance, double process) {

  public DriveMix {
    for (double w : new double[] {people, performance, process}) {
      if (!Double.isFinite(w) || w < 0 || w > 1) {
        throw new IllegalArgumentException("each weight must lie between 0 and 1");
      }
    }
    if (Math.abs(people + performance + process - 1) > 1e-9) {
      throw new IllegalArgumentException("the weights must sum to 1");
    }
  }

  public double of(Drive drive) {
    return switch (drive) {
      case PEOPLE -> people;
      case PERFORMANCE -> performance;
      case PROCESS -> process;
    };
  }

  /**
   * The point in the triangle where this strength comes most naturally: the centre moved toward the
   * mix by {@code pull} (0 keeps every home at the centre, 1 puts single-drive homes on the
   * vertices).
   */
  public DriveScores home(double pull) {
    double third = 100.0 / 3;
    double a = third + pull * (people * 100 - third);
    double b = third + pull * (performance * 100 - third);
    return new DriveScores(a, b, 100 - a - b);
  }

  /** The drive with the largest weight; the first in canonical order on a tie. */
  public Drive main() {
    Drive best = Drive.PEOPLE;
    for (Drive d : Drive.values()) {
      if (of(d) > of(best)) {
        best = d;
      }
    }
    return best;
  }
}
