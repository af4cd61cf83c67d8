package app.velocity.motivation.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.motivation.Drive;
import app.velocity.motivation.items.Ending;
import app.velocity.motivation.items.ItemBank;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ObserverQuestionnaireTest {

  private final ObserverQuestionnaire questionnaire = ObserverQuestionnaire.current();

  @Test
  void currentVersionLoadsWithTwelveQuestions() {
    assertThat(questionnaire.version()).isEqualTo("v1");
    assertThat(questionnaire.questions()).hasSize(12);
    assertThat(questionnaire.goingWellQuestions()).hasSize(8);
    assertThat(questionnaire.conflictQuestions())
        .extracting(ObserverQuestion::moment)
        .containsExactly(
            ObservedMoment.FIRST_MOVE_IN_CONFLICT,
            ObservedMoment.FIRST_MOVE_IN_CONFLICT,
            ObservedMoment.CONFLICT_CONTINUES,
            ObservedMoment.CONFLICT_ESCALATED);
    assertThat(ObserverQuestionnaire.load("v1")).isSameAs(questionnaire);
  }

  @Test
  void everyQuestionHasOneOptionPerDriveWithMatchingIds() {
    for (ObserverQuestion q : questionnaire.questions()) {
      for (Drive d : Drive.values()) {
        assertThat(q.optionFor(d).id()).isEqualTo(q.id() + "-" + d.name());
      }
    }
  }

  @Test
  void acquaintanceQuestionsOfferEveryLevelInOrder() {
    assertThat(questionnaire.acquaintance())
        .extracting(AcquaintanceQuestion::id)
        .containsExactly("knownFor", "closeness", "settings");
    assertThat(questionnaire.acquaintance().get(2).multiple()).isTrue();
    assertThat(questionnaire.acquaintance().get(0).values())
        .containsExactly(
            "LESS_THAN_THREE_MONTHS",
            "THREE_TO_TWELVE_MONTHS",
            "ONE_TO_THREE_YEARS",
            "MORE_THAN_THREE_YEARS");
  }

  @Test
  void wordingIsOurOwnAndFreeOfTrademarks() {
    List<String> text = allText().toList();
    Set<String> banned = new HashSet<>(app.velocity.motivation.OwnWords.forbiddenNames());
    banned.add("value system");
    for (String t : text) {
      String lower = t.toLowerCase(Locale.ROOT);
      banned.forEach(b -> assertThat(lower).as(t).doesNotContain(b));
    }
    Set<String> inventory = new HashSet<>();
    ItemBank.current().parts().stream()
        .flatMap(p -> p.items().stream())
        .forEach(
            i -> {
              inventory.add(normalise(i.stem()));
              i.endings().stream().map(Ending::text).map(this::normalise).forEach(inventory::add);
            });
    text.forEach(t -> assertThat(inventory).as(t).doesNotContain(normalise(t)));
  }

  @Test
  void rejectsAQuestionWithoutAnOptionForEachDrive() {
    String json = shipped().replaceFirst("\"drive\"\\s*:\\s*\"PROCESS\"", "\"drive\": \"PEOPLE\"");
    assertThatThrownBy(() -> parse(json))
        .isInstanceOf(InvalidQuestionnaire.class)
        .hasMessageContaining("two options for PEOPLE");
  }

  @Test
  void rejectsDuplicateIds() {
    String json = shipped().replace("\"OB02\"", "\"OB01\"");
    assertThatThrownBy(() -> parse(json))
        .isInstanceOf(InvalidQuestionnaire.class)
        .hasMessageContaining("used twice");
  }

  @Test
  void rejectsAcquaintanceOptionsThatDoNotMatchTheLevels() {
    String json = shipped().replace("\"WEEKLY\"", "\"FORTNIGHTLY\"");
    assertThatThrownBy(() -> parse(json))
        .isInstanceOf(InvalidQuestionnaire.class)
        .hasMessageContaining("closeness");
  }

  @Test
  void rejectsAQuestionnaireWithoutFirstMoveQuestions() {
    String json = shipped().replace("FIRST_MOVE_IN_CONFLICT", "CONFLICT_CONTINUES");
    assertThatThrownBy(() -> parse(json))
        .isInstanceOf(InvalidQuestionnaire.class)
        .hasMessageContaining("first move");
  }

  @Test
  void aMissingVersionIsReportedClearly() {
    assertThatThrownBy(() -> ObserverQuestionnaire.load("v99"))
        .isInstanceOf(InvalidQuestionnaire.class)
        .hasMessageContaining("no observer questionnaire v99");
  }

  private Stream<String> allText() {
    return Stream.concat(
        questionnaire.questions().stream()
            .flatMap(
                q ->
                    Stream.concat(
                        Stream.of(q.text()), q.options().stream().map(ObserverOption::text))),
        questionnaire.acquaintance().stream()
            .flatMap(
                a ->
                    Stream.concat(
                        Stream.of(a.text()),
                        a.options().stream().map(AcquaintanceQuestion.Option::text))));
  }

  private String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  private static String shipped() {
    try (InputStream in =
        ObserverQuestionnaire.class.getResourceAsStream("/estimates/observer-questions-v1.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObserverQuestionnaire parse(String json) {
    return ObserverQuestionnaire.parse(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
