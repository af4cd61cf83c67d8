package app.velocity.motivation.estimates;

import static app.velocity.motivation.Drive.PEOPLE;
import static app.velocity.motivation.Drive.PERFORMANCE;
import static app.velocity.motivation.Drive.PROCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.velocity.motivation.ConflictSequence;
import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ObserverEstimateTest {

  private final ObserverQuestionnaire questionnaire = ObserverQuestionnaire.current();
  private final Acquaintance wellKnown =
      Acquaintance.of(
          KnownFor.ONE_TO_THREE_YEARS,
          Closeness.WEEKLY,
          ObservedSetting.ROUTINE_WORK,
          ObservedSetting.UNDER_PRESSURE);

  private static final double OFF = 1e-9;

  private static ObserverAnswers goingWellFivePerformanceTwoProcessOnePeople() {
    return ObserverAnswers.none()
        .pick("OB01", PERFORMANCE)
        .pick("OB02", PERFORMANCE)
        .pick("OB03", PERFORMANCE)
        .pick("OB04", PERFORMANCE)
        .pick("OB05", PERFORMANCE)
        .pick("OB06", PROCESS)
        .pick("OB07", PROCESS)
        .pick("OB08", PEOPLE);
  }

  @Test
  void mapsGoingWellPicksToScoresAsDocumented() {
    // p = (1 + 2/3, 5 + 2/3, 2 + 2/3) / 10; score = 13⅓ + 60 p
    ObserverEstimate e =
        ObserverEstimate.from(
            questionnaire, wellKnown, goingWellFivePerformanceTwoProcessOnePeople());
    DriveScores well = e.profile().goingWell();
    assertThat(well.people()).isCloseTo(23 + 1.0 / 3, within(OFF));
    assertThat(well.performance()).isCloseTo(47 + 1.0 / 3, within(OFF));
    assertThat(well.process()).isCloseTo(29 + 1.0 / 3, within(OFF));
    assertThat(e.goingWellAnswered()).isEqualTo(8);
  }

  @Test
  void mapsConflictStagesAsDocumented() {
    // votes: two first moves Performance (0, 2, 0); continues Process (¼, ¼, ½);
    // escalated People (0, ½, ½)  =>  V = (¼, 2¾, 1); q = (V + 2p) / 6
    ObserverAnswers answers =
        goingWellFivePerformanceTwoProcessOnePeople()
            .pick("OB09", PERFORMANCE)
            .pick("OB10", PERFORMANCE)
            .pick("OB11", PROCESS)
            .pick("OB12", PEOPLE);
    ObserverEstimate e = ObserverEstimate.from(questionnaire, wellKnown, answers);
    DriveScores conflict = e.profile().conflict();
    assertThat(conflict.people()).isCloseTo(19 + 1.0 / 6, within(OFF));
    assertThat(conflict.performance()).isCloseTo(52 + 1.0 / 6, within(OFF));
    assertThat(conflict.process()).isCloseTo(28 + 2.0 / 3, within(OFF));
    assertThat(ConflictSequence.of(conflict, ModelSettings.defaults()))
        .isEqualTo(ConflictSequence.PERFORMANCE_THEN_PROCESS_THEN_PEOPLE);
    assertThat(e.conflictLeansOnGoingWell()).isFalse();
    assertThat(e.confidence()).isCloseTo(0.85 * 0.9 * 0.9 * 1.0 * 0.9, within(OFF));
  }

  @Test
  void picksOfOneDriveGiveAStrongButNotExtremeProfile() {
    ObserverAnswers answers = ObserverAnswers.none();
    for (ObserverQuestion q : questionnaire.goingWellQuestions()) {
      answers = answers.pick(q.id(), PERFORMANCE);
    }
    DriveScores well =
        ObserverEstimate.from(questionnaire, wellKnown, answers).profile().goingWell();
    assertThat(well.performance()).isCloseTo(65 + 1.0 / 3, within(OFF));
    assertThat(well.people()).isCloseTo(17 + 1.0 / 3, within(OFF));
  }

  @Test
  void withoutConflictAnswersTheConflictScoresAreTheGoingWellScoresAndItSaysSo() {
    ObserverEstimate e =
        ObserverEstimate.from(
            questionnaire, wellKnown, goingWellFivePerformanceTwoProcessOnePeople());
    assertThat(e.profile().conflict().distanceTo(e.profile().goingWell())).isLessThan(1e-9);
    assertThat(e.conflictLeansOnGoingWell()).isTrue();
    assertThat(e.notes())
        .anyMatch(n -> n.contains("Only 0 of the 4 questions about conflict were answered"));
  }

  @Test
  void oneConflictAnswerMovesTheConflictScoresOnlyPartway() {
    ObserverEstimate e =
        ObserverEstimate.from(
            questionnaire,
            wellKnown,
            goingWellFivePerformanceTwoProcessOnePeople().pick("OB09", PEOPLE));
    // q_people = (1 + 2 × 1/6) / 3 = 4/9
    assertThat(e.profile().conflict().people()).isCloseTo(40.0 / 3 + 60 * 4.0 / 9, within(OFF));
    assertThat(e.conflictLeansOnGoingWell()).isTrue();
    assertThat(e.notes()).anyMatch(n -> n.contains("Only 1 of the 4 questions about conflict was"));
  }

  @Test
  void refusesWithTooFewGoingWellAnswers() {
    ObserverAnswers two = ObserverAnswers.none().pick("OB01", PEOPLE).pick("OB02", PEOPLE);
    assertThatThrownBy(() -> ObserverEstimate.from(questionnaire, wellKnown, two))
        .isInstanceOf(TooFewObservations.class)
        .hasMessageContaining("at least 3 of the 8")
        .hasMessageContaining("you answered 2");
  }

  @Test
  void rejectsAnswersToUnknownQuestions() {
    ObserverAnswers answers = goingWellFivePerformanceTwoProcessOnePeople().pick("XX99", PEOPLE);
    assertThatThrownBy(() -> ObserverEstimate.from(questionnaire, wellKnown, answers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XX99");
  }

  @Test
  void cantSayRemovesAnAnswer() {
    ObserverAnswers answers = goingWellFivePerformanceTwoProcessOnePeople().cantSay("OB08");
    assertThat(ObserverEstimate.from(questionnaire, wellKnown, answers).goingWellAnswered())
        .isEqualTo(7);
  }

  @Test
  void notSeenUnderPressureIsNoted() {
    Acquaintance routine =
        Acquaintance.of(
            KnownFor.MORE_THAN_THREE_YEARS, Closeness.DAILY, ObservedSetting.ROUTINE_WORK);
    ObserverEstimate e =
        ObserverEstimate.from(
            questionnaire, routine, goingWellFivePerformanceTwoProcessOnePeople());
    assertThat(e.notes()).anyMatch(n -> n.contains("not seen them under pressure"));
  }

  @Test
  void everyConflictVoteSumsToOne() {
    for (ObservedMoment m : ObservedMoment.values()) {
      if (m.isConflict()) {
        double sum = ObserverEstimate.vote(m, true) + 2 * ObserverEstimate.vote(m, false);
        assertThat(sum).as(m.name()).isEqualTo(1.0);
      }
    }
  }

  @Test
  void randomAnswersAlwaysGiveValidProfilesAndAreDeterministic() {
    Random random = new Random(20260427L);
    for (int run = 0; run < 500; run++) {
      ObserverAnswers answers = ObserverAnswers.none();
      int goingWell = 0;
      for (ObserverQuestion q : questionnaire.questions()) {
        boolean mustAnswer = !q.moment().isConflict() && goingWell < 3;
        if (mustAnswer || random.nextInt(4) > 0) {
          answers = answers.pick(q.id(), Drive.values()[random.nextInt(3)]);
          goingWell += q.moment().isConflict() ? 0 : 1;
        }
      }
      ObserverEstimate a = ObserverEstimate.from(questionnaire, wellKnown, answers);
      ObserverEstimate b = ObserverEstimate.from(questionnaire, wellKnown, answers);
      assertThat(a).isEqualTo(b);
      for (Drive d : Drive.values()) {
        // the prior and the spread keep every score between 13⅓ + 60 × (2/3)/10 and 73⅓
        assertThat(a.profile().goingWell().of(d)).isBetween(17.3, 73.4);
        assertThat(a.profile().conflict().of(d)).isBetween(13.3, 73.4);
      }
    }
  }
}
