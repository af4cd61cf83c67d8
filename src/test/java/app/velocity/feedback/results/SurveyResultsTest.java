package app.velocity.feedback.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyResultsTest {

  private static final GoalId LISTENING = new GoalId("listening");

  private final List<Invitation> invitations = new ArrayList<>();
  private final List<Answer> answers = new ArrayList<>();

  private void answer(int wave, String rater, RaterGroup group, Integer score, String suggestion) {
    invitations.add(new Invitation(wave, new RaterId(rater), group));
    Map<GoalId, Integer> scores = new HashMap<>();
    if (score != null) {
      scores.put(LISTENING, score);
    }
    answers.add(
        new Answer(wave, new RaterId(rater), group, scores, FollowUp.SOMETIMES, suggestion));
  }

  private void invite(int wave, String rater, RaterGroup group) {
    invitations.add(new Invitation(wave, new RaterId(rater), group));
  }

  private Results aggregate(PrivacySettings settings) {
    return SurveyResults.aggregate(
        new SurveyData(List.of(LISTENING), invitations, answers), settings);
  }

  private void peersAndReports(int wave) {
    answer(wave, "p1", RaterGroup.PEER, 2, null);
    answer(wave, "p2", RaterGroup.PEER, 1, null);
    answer(wave, "p3", RaterGroup.PEER, -1, null);
    answer(wave, "d1", RaterGroup.DIRECT_REPORT, 3, null);
    answer(wave, "d2", RaterGroup.DIRECT_REPORT, 0, null);
    answer(wave, "d3", RaterGroup.DIRECT_REPORT, 1, null);
    answer(wave, "d4", RaterGroup.DIRECT_REPORT, 2, null);
  }

  @Test
  void computesNetScoreSharesAndResponseForAGroupWithEnoughAnswers() {
    peersAndReports(1);
    invite(1, "p4", RaterGroup.PEER);

    var wave = aggregate(PrivacySettings.defaults()).wave(1);

    var peers = wave.score(LISTENING, Unit.PEERS).shownValue().orElseThrow();
    assertThat(peers.answers()).isEqualTo(3);
    assertThat(peers.netScore()).isEqualTo(2.0 / 3);
    assertThat(peers.shareImproved()).isEqualTo(2.0 / 3);
    assertThat(peers.shareWorse()).isEqualTo(1.0 / 3);
    var overall = wave.score(LISTENING, Unit.OVERALL).shownValue().orElseThrow();
    assertThat(overall.netScore()).isEqualTo(8.0 / 7);
    assertThat(overall.shareUnchanged()).isEqualTo(1.0 / 7);
    assertThat(wave.response().get(Unit.PEERS).shownValue().orElseThrow().rate()).isEqualTo(0.75);
    assertThat(wave.response().get(Unit.OVERALL).shownValue().orElseThrow())
        .isEqualTo(new Response(8, 7));
  }

  @Test
  void withholdsAGroupOfTwoAndSaysWhy() {
    answer(1, "p1", RaterGroup.PEER, 2, null);
    answer(1, "p2", RaterGroup.PEER, 1, null);

    var cell = aggregate(PrivacySettings.defaults()).wave(1).score(LISTENING, Unit.PEERS);

    assertThat(cell.isShown()).isFalse();
    assertThat(cell.suppression().message()).isEqualTo("fewer than 3 answers");
  }

  @Test
  void countsOnlyScoresNotDontKnowTowardTheThreshold() {
    answer(1, "p1", RaterGroup.PEER, 2, null);
    answer(1, "p2", RaterGroup.PEER, 1, null);
    answer(1, "p3", RaterGroup.PEER, null, null);

    var wave = aggregate(PrivacySettings.defaults()).wave(1);

    assertThat(wave.score(LISTENING, Unit.PEERS).isShown()).isFalse();
    assertThat(wave.followUp().get(Unit.PEERS).isShown()).isTrue();
  }

  @Test
  void hidesTheNextSmallestGroupSoTheLoneManagerCannotBeWorkedOutFromTheOverall() {
    peersAndReports(1);
    answer(1, "boss", RaterGroup.MANAGER, -3, null);

    var wave = aggregate(PrivacySettings.defaults()).wave(1);

    assertThat(wave.score(LISTENING, Unit.MANAGER).suppression().reason())
        .isEqualTo(Suppression.Reason.MANAGER_NOT_SHOWN_ALONE);
    assertThat(wave.score(LISTENING, Unit.PEERS).suppression().reason())
        .isEqualTo(Suppression.Reason.COMPLEMENTARY);
    assertThat(wave.score(LISTENING, Unit.DIRECT_REPORTS).isShown()).isTrue();
    assertThat(wave.score(LISTENING, Unit.OVERALL).isShown()).isTrue();
  }

  @Test
  void showsTheManagerAloneWhenTheAgreementAllowsIt() {
    peersAndReports(1);
    answer(1, "boss", RaterGroup.MANAGER, -3, null);

    var wave = aggregate(PrivacySettings.withManagerShownAlone(true)).wave(1);

    assertThat(wave.score(LISTENING, Unit.MANAGER).shownValue().orElseThrow().netScore())
        .isEqualTo(-3.0);
    assertThat(wave.score(LISTENING, Unit.PEERS).isShown()).isTrue();
  }

  @Test
  void showsSuggestionsOnlyFromFiveAnswersAndInAlphabeticalOrder() {
    answer(1, "p1", RaterGroup.PEER, 1, "Say no earlier");
    answer(1, "p2", RaterGroup.PEER, 1, "Ask before deciding");
    answer(1, "p3", RaterGroup.PEER, 1, null);
    answer(1, "p4", RaterGroup.PEER, 1, "Keep the weekly check-in");
    answer(1, "d1", RaterGroup.DIRECT_REPORT, 1, null);

    var wave = aggregate(PrivacySettings.defaults()).wave(1);

    assertThat(wave.suggestions().get(Unit.PEERS).suppression().message())
        .isEqualTo("fewer than 5 answers");
    assertThat(wave.suggestions().get(Unit.OVERALL).shownValue().orElseThrow())
        .containsExactly("Ask before deciding", "Keep the weekly check-in", "Say no earlier");
  }

  @Test
  void showsTheNewWaveWhenOneRaterJoinedBecauseEachWaveIsANewAnswer() {
    peersAndReports(1);
    peersAndReports(2);
    answer(2, "p4", RaterGroup.PEER, 3, null);

    var results = aggregate(PrivacySettings.defaults());

    assertThat(results.wave(2).score(LISTENING, Unit.PEERS).shownValue().orElseThrow().answers())
        .isEqualTo(4);
    assertThat(results.wave(2).score(LISTENING, Unit.OVERALL).isShown()).isTrue();
  }

  @Test
  void stillHidesTheOtherGroupsWhenOverallMinusThemWouldLeaveTheLoneManagerInALaterWave() {
    peersAndReports(1);
    peersAndReports(2);
    answer(2, "m1", RaterGroup.MANAGER, -3, null);

    var wave2 = aggregate(PrivacySettings.defaults()).wave(2);

    assertThat(wave2.score(LISTENING, Unit.OVERALL).isShown()).isTrue();
    assertThat(wave2.score(LISTENING, Unit.MANAGER).isShown()).isFalse();
    assertThat(wave2.score(LISTENING, Unit.PEERS).suppression().reason())
        .isEqualTo(Suppression.Reason.COMPLEMENTARY);
  }

  @Test
  void showsTheNewWaveWhenTheSameRatersAnswerAgain() {
    peersAndReports(1);
    peersAndReports(2);

    var trend = aggregate(PrivacySettings.defaults()).trend(LISTENING, Unit.OVERALL);

    assertThat(trend).allMatch(Cell::isShown);
  }

  @Test
  void refusesThresholdsBelowTheFloor() {
    assertThatThrownBy(() -> new PrivacySettings(2, 5, false))
        .hasMessageContaining("at least 3 answers");
    assertThatThrownBy(() -> new PrivacySettings(3, 4, false))
        .hasMessageContaining("at least 5 answers");
  }

  @Test
  void refusesAnAnswerWithoutAMatchingInvitation() {
    invite(1, "p1", RaterGroup.PEER);
    var answer = new Answer(1, new RaterId("p1"), RaterGroup.MANAGER, Map.of(), null, null);

    assertThatThrownBy(() -> new SurveyData(List.of(LISTENING), invitations, List.of(answer)))
        .hasMessageContaining("no matching invitation");
  }

  @Test
  void refusesAScoreOutsideMinusThreeToThree() {
    assertThatThrownBy(
            () ->
                new Answer(1, new RaterId("p1"), RaterGroup.PEER, Map.of(LISTENING, 4), null, null))
        .hasMessageContaining("from -3 to +3");
  }
}
