package app.velocity.motivation.team;

import java.util.Objects;

/**
 * One of the executive's key relationships, as the executive rates it.
 *
 * @param colleague how the colleague is called
 * @param importance how much the relationship matters to the executive's results, 1–5
 * @param ease how easy it is, 1 (hard) to 5 (easy)
 * @param effectiveness how well it works, 1–5
 * @param notes the executive's own notes; may be empty
 */
public record Relationship(
    String colleague,
    ColleagueProfile profile,
    int importance,
    Frequency frequency,
    int ease,
    int effectiveness,
    String notes) {

  public Relationship {
    if (colleague == null || colleague.isBlank()) {
      throw new IllegalArgumentException("name the colleague");
    }
    Objects.requireNonNull(profile, "say what is known of the profile (it may be unknown)");
    Objects.requireNonNull(frequency, "say how often you work together");
    requireScale("importance", importance);
    requireScale("ease", ease);
    requireScale("effectiveness", effectiveness);
    notes = notes == null ? "" : notes;
  }

  private static void requireScale(String what, int value) {
    if (value < 1 || value > 5) {
      throw new IllegalArgumentException(what + " is rated from 1 to 5, not " + value);
    }
  }
}
