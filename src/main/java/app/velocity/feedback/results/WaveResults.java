package app.velocity.feedback.results;

import java.util.List;
import java.util.Map;

/**
 * What may be shown of one wave: response, scores per goal, follow-up and suggestions, each per
 * unit. Every unit of {@link Unit} is present in every map, shown or withheld.
 *
 * @param suggestions the suggestions of a unit in alphabetical order, so that their order says
 *     nothing about who wrote them
 */
public record WaveResults(
    int wave,
    Map<Unit, Cell<Response>> response,
    Map<GoalId, Map<Unit, Cell<ScoreSummary>>> scores,
    Map<Unit, Cell<FollowUpSummary>> followUp,
    Map<Unit, Cell<List<String>>> suggestions) {

  public WaveResults {
    response = Map.copyOf(response);
    scores = Map.copyOf(scores);
    followUp = Map.copyOf(followUp);
    suggestions = Map.copyOf(suggestions);
  }

  public Cell<ScoreSummary> score(GoalId goal, Unit unit) {
    var perUnit = scores.get(goal);
    if (perUnit == null) {
      throw new IllegalArgumentException("the survey does not ask about goal " + goal.value());
    }
    return perUnit.get(unit);
  }
}
