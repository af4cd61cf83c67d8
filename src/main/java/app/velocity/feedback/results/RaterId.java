package app.velocity.feedback.results;

import java.util.Objects;

/** An opaque, stable id of one stakeholder across the waves of a survey; never shown. */
public record RaterId(String value) implements Comparable<RaterId> {

  public RaterId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a rater id must not be blank");
    }
  }

  @Override
  public int compareTo(RaterId other) {
    return value.compareTo(other.value);
  }
}
