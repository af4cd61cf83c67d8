package app.velocity.feedback.results;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One stakeholder's answer in one wave.
 *
 * @param scores per goal, -3 (much less effective) to +3 (much more effective); a goal that is
 *     missing was answered "don't know" or skipped, and counts for nothing
 * @param followUp how often the leader followed up, or {@code null} when not answered
 * @param suggestion the one suggestion for the future, or {@code null} / blank when none
 */
public record Answer(
    int wave,
    RaterId rater,
    RaterGroup group,
    Map<GoalId, Integer> scores,
    FollowUp followUp,
    String suggestion) {

  public static final int LOWEST_SCORE = -3;
  public static final int HIGHEST_SCORE = 3;

  public Answer {
    if (wave < 1) {
      throw new IllegalArgumentException("waves are numbered from 1, not " + wave);
    }
    Objects.requireNonNull(rater, "rater");
    Objects.requireNonNull(group, "group");
    scores = Map.copyOf(Objects.requireNonNull(scores, "scores"));
    scores.forEach(
        (goal, score) -> {
          if (score < LOWEST_SCORE || score > HIGHEST_SCORE) {
            throw new IllegalArgumentException(
                "a score runs from -3 to +3, not " + score + " (goal " + goal.value() + ")");
          }
        });
    suggestion = suggestion == null || suggestion.isBlank() ? null : suggestion.strip();
  }

  /** The score given to a goal, empty when the rater did not know. */
  public Optional<Integer> score(GoalId goal) {
    return Optional.ofNullable(scores.get(goal));
  }

  public Optional<FollowUp> followUpAnswer() {
    return Optional.ofNullable(followUp);
  }

  public Optional<String> suggestionText() {
    return Optional.ofNullable(suggestion);
  }
}
