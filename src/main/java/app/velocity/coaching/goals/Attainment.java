package app.velocity.coaching.goals;

import java.util.Objects;

/** One goal's level at a review, with the goal's weight. */
public record Attainment(AttainmentLevel level, double weight) {

  public Attainment {
    Objects.requireNonNull(level, "level");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("a goal's weight must be positive, not " + weight);
    }
  }

  /** A goal of weight 1 at the given level. */
  public static Attainment of(AttainmentLevel level) {
    return new Attainment(level, 1);
  }
}
