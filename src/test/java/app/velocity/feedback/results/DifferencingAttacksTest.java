package app.velocity.feedback.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker must itself catch the attacks it stands for, or the property tests prove nothing. */
class DifferencingAttacksTest {

  private static final GoalId GOAL = new GoalId("g");

  @Test
  void catchesOverallMinusTheShownGroupOnANaiveRelease() {
    var invitations = new ArrayList<Invitation>();
    var answers = new ArrayList<Answer>();
    for (int wave = 1; wave <= 2; wave++) {
      for (int p = 1; p <= 4; p++) {
        var rater = new RaterId("p" + p);
        var group = p == 4 ? RaterGroup.MANAGER : RaterGroup.PEER;
        invitations.add(new Invitation(wave, rater, group));
        answers.add(new Answer(wave, rater, group, Map.of(GOAL, p - 2), null, null));
      }
    }
    var data = new SurveyData(List.of(GOAL), invitations, answers);
    var naive = new Results(List.of(GOAL), List.of(everythingShown(1, 4), everythingShown(2, 4)));

    assertThat(new DifferencingAttacks(data, naive, PrivacySettings.defaults()).leaks())
        .anyMatch(leak -> leak.contains("isolates one rater"))
        .anyMatch(leak -> leak.contains("follows from a combination"));
  }

  private static WaveResults everythingShown(int wave, int peers) {
    var scores = new EnumMap<Unit, Cell<ScoreSummary>>(Unit.class);
    var followUp = new EnumMap<Unit, Cell<FollowUpSummary>>(Unit.class);
    var withheld = Cell.<List<String>>withheld(Suppression.noAnswers());
    var texts = new EnumMap<Unit, Cell<List<String>>>(Unit.class);
    var response = new EnumMap<Unit, Cell<Response>>(Unit.class);
    for (Unit unit : Unit.values()) {
      boolean shown = unit == Unit.OVERALL || unit == Unit.PEERS;
      scores.put(
          unit,
          shown
              ? Cell.shown(ScoreSummary.of(peers, 0, 1, 1))
              : Cell.withheld(Suppression.noAnswers()));
      followUp.put(unit, Cell.withheld(Suppression.noAnswers()));
      texts.put(unit, withheld);
      response.put(unit, Cell.shown(new Response(peers, peers)));
    }
    return new WaveResults(wave, response, Map.of(GOAL, scores), followUp, texts);
  }
}
