package app.velocity.coaching.goals;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A behaviour goal with what each of its five levels looks like, written at the start of the
 * engagement so that a review scores against descriptions fixed in advance, not against memory.
 *
 * @param weight the goal's importance in the combined score; 1 unless the coach and executive agree
 *     otherwise
 */
public record GoalScale(String goal, Map<AttainmentLevel, String> levels, double weight) {

  public GoalScale {
    Objects.requireNonNull(goal, "goal");
    if (goal.isBlank()) {
      throw new IllegalArgumentException("a goal needs a wording");
    }
    var complete = new EnumMap<AttainmentLevel, String>(AttainmentLevel.class);
    for (AttainmentLevel level : AttainmentLevel.values()) {
      String description = levels.get(level);
      if (description == null || description.isBlank()) {
        throw new IllegalArgumentException(
            "describe level " + level.score() + " of \"" + goal + "\" before scoring it");
      }
      complete.put(level, description.strip());
    }
    levels = Map.copyOf(complete);
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("a goal's weight must be positive, not " + weight);
    }
  }

  /** A goal of weight 1. */
  public GoalScale(String goal, Map<AttainmentLevel, String> levels) {
    this(goal, levels, 1);
  }

  /** This goal scored at a review. */
  public Attainment scoredAt(AttainmentLevel level) {
    return new Attainment(Objects.requireNonNull(level, "level"), weight);
  }
}
