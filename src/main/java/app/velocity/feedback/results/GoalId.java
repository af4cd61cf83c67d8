package app.velocity.feedback.results;

import java.util.Objects;

/** The id of a behaviour goal the stakeholders are asked about. */
public record GoalId(String value) {

  public GoalId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a goal id must not be blank");
    }
  }
}
