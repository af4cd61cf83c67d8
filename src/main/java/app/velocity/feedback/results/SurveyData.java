package app.velocity.feedback.results;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Everything the aggregator needs for one engagement's mini-survey: the goals asked about, who was
 * invited in each wave, and the answers given.
 *
 * <p>Every answer must match an invitation of the same wave, rater and group; a rater is invited
 * and answers at most once per wave.
 */
public record SurveyData(List<GoalId> goals, List<Invitation> invitations, List<Answer> answers) {

  public SurveyData {
    goals = List.copyOf(Objects.requireNonNull(goals, "goals"));
    invitations = List.copyOf(Objects.requireNonNull(invitations, "invitations"));
    answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
    if (goals.isEmpty()) {
      throw new IllegalArgumentException("a survey asks about at least one goal");
    }
    if (new HashSet<>(goals).size() != goals.size()) {
      throw new IllegalArgumentException("a goal appears twice in " + goals);
    }
    var invited = new HashMap<String, Invitation>();
    for (var invitation : invitations) {
      if (invited.put(key(invitation.wave(), invitation.rater()), invitation) != null) {
        throw new IllegalArgumentException("a rater is invited twice to wave " + invitation.wave());
      }
    }
    var answered = new HashSet<String>();
    var known = new HashSet<>(goals);
    for (var answer : answers) {
      String key = key(answer.wave(), answer.rater());
      Invitation invitation = invited.get(key);
      if (invitation == null || invitation.group() != answer.group()) {
        throw new IllegalArgumentException(
            "an answer in wave " + answer.wave() + " has no matching invitation");
      }
      if (!answered.add(key)) {
        throw new IllegalArgumentException("a rater answered twice in wave " + answer.wave());
      }
      for (GoalId goal : answer.scores().keySet()) {
        if (!known.contains(goal)) {
          throw new IllegalArgumentException("an answer scores an unknown goal " + goal.value());
        }
      }
    }
  }

  private static String key(int wave, RaterId rater) {
    return wave + "\u0000" + rater.value();
  }
}
