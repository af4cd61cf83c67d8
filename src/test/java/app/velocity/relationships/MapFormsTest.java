package app.velocity.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.motivation.Drive;
import app.velocity.motivation.estimates.ObservedSetting;
import app.velocity.motivation.estimates.ObserverQuestionnaire;
import app.velocity.motivation.team.Frequency;
import app.velocity.organisations.PersonId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the map and estimate forms accept, and how a mistake names its field. */
@Tag("smoke")
class MapFormsTest {

  private static final PersonId SOMEONE = PersonId.random();

  @Test
  void everyRatingFrom1To5IsAcceptedAndNothingElse() {
    Random random = new Random(4);
    for (int i = 0; i < 200; i++) {
      int value = random.nextInt(11) - 3;
      String field = List.of("importance", "ease", "effectiveness").get(i % 3);
      String importance = field.equals("importance") ? "" + value : "3";
      String ease = field.equals("ease") ? "" + value : "3";
      String effectiveness = field.equals("effectiveness") ? "" + value : "3";
      if (value >= 1 && value <= 5) {
        assertThat(MapEntry.parse(SOMEONE, importance, "WEEKLY", ease, effectiveness, null))
            .isNotNull();
      } else {
        assertThatThrownBy(
                () -> MapEntry.parse(SOMEONE, importance, "WEEKLY", ease, effectiveness, null))
            .hasMessageStartingWith(field + ": ");
      }
    }
  }

  @Test
  void frequencyIsReadForgivingCaseAndAnUnknownOneNamesTheField() {
    assertThat(MapEntry.parse(SOMEONE, "3", "several_times_a_week", "3", "3", "").frequency())
        .isEqualTo(Frequency.SEVERAL_TIMES_A_WEEK);
    assertThatThrownBy(() -> MapEntry.parse(SOMEONE, "3", "hourly", "3", "3", ""))
        .hasMessageStartingWith("frequency: ");
    assertThatThrownBy(() -> MapEntry.parse(SOMEONE, "3", "WEEKLY", "3", "3", "x".repeat(2001)))
        .hasMessageStartingWith("notes: ");
  }

  @Test
  void aMistakeBecomesAMessageNextToItsField() {
    FormError error =
        FormError.of(new IllegalArgumentException("ease: choose a rating from 1 to 5"));
    assertThat(error.field()).isEqualTo("ease");
    assertThat(error.message()).isEqualTo("Choose a rating from 1 to 5.");
    assertThat(error.on("ease")).isEqualTo(error.message());
    assertThat(error.on("importance")).isNull();
  }

  @Test
  void theEstimateFormNeedsASettingAndKnowsOnlyTheQuestionnairesQuestions() {
    ObserverQuestionnaire q = ObserverQuestionnaire.current();
    EstimateForm noSetting =
        new EstimateForm(
            Map.of("OB01", "PEOPLE"), "ONE_TO_THREE_YEARS", "WEEKLY", List.of(), false);
    assertThatThrownBy(noSetting::acquaintance).hasMessageStartingWith("settings: ");
    EstimateForm stray =
        new EstimateForm(
            Map.of("XX99", "PEOPLE"), "ONE_TO_THREE_YEARS", "WEEKLY", List.of(), false);
    assertThatThrownBy(() -> stray.answers(q)).hasMessageStartingWith("answers: ");
    EstimateForm good =
        new EstimateForm(
            Map.of("OB01", "process", "OB02", ""),
            "ONE_TO_THREE_YEARS",
            "WEEKLY",
            List.of("UNDER_PRESSURE"),
            true);
    assertThat(good.answers(q).picks()).containsExactly(Map.entry("OB01", Drive.PROCESS));
    assertThat(good.acquaintance().settings()).containsExactly(ObservedSetting.UNDER_PRESSURE);
    assertThat(good.cantSay("OB02")).isTrue();
  }

  @Test
  void answersSurviveTheirStoredForm() {
    var answers =
        EstimateForm.blank()
            .answers(ObserverQuestionnaire.current())
            .pick("OB01", Drive.PEOPLE)
            .pick("OB09", Drive.PERFORMANCE);
    assertThat(ObserverEstimates.readAnswers(ObserverEstimates.writeAnswers(answers)))
        .isEqualTo(answers);
  }
}
