package app.velocity.feedback.results;

import java.util.Objects;

/** A stakeholder asked to answer in one wave, in the group they belonged to at that time. */
public record Invitation(int wave, RaterId rater, RaterGroup group) {

  public Invitation {
    if (wave < 1) {
      throw new IllegalArgumentException("waves are numbered from 1, not " + wave);
    }
    Objects.requireNonNull(rater, "rater");
    Objects.requireNonNull(group, "group");
  }
}
