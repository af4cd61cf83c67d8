package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.motivation.items.Item;
import app.velocity.motivation.items.ItemBank;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AnswerTest {

  private final Item item = ItemBank.load("v1").parts().get(0).items().get(0);

  private Map<String, Integer> points(int people, int performance, int process) {
    return Map.of(
        item.id() + "-PEOPLE",
        people,
        item.id() + "-PERFORMANCE",
        performance,
        item.id() + "-PROCESS",
        process);
  }

  @Test
  void acceptsTenWholePointsInAnySplit() {
    Answer answer = Answer.of(item, points(10, 0, 0));
    assertThat(answer.people()).isEqualTo(10);
    assertThat(Answer.of(item, points(3, 3, 4)).process()).isEqualTo(4);
  }

  @Test
  void rejectsPointsThatDoNotSumToTen() {
    assertThatThrownBy(() -> Answer.of(item, points(3, 3, 3)))
        .isInstanceOf(InvalidAnswer.class)
        .hasMessageContaining("answers[" + item.id() + "]")
        .satisfies(e -> assertThat(((InvalidAnswer) e).problem()).contains("add up to 9"));
    assertThatThrownBy(() -> Answer.of(item, points(5, 5, 1)))
        .satisfies(e -> assertThat(((InvalidAnswer) e).problem()).contains("take away 1"));
  }

  @Test
  void rejectsNegativePointsEvenWhenTheSumIsTen() {
    assertThatThrownBy(() -> Answer.of(item, points(12, -2, 0)))
        .isInstanceOf(InvalidAnswer.class)
        .hasMessageContaining("negative");
  }

  @Test
  void rejectsMissingAndForeignEndings() {
    Map<String, Integer> missing = new HashMap<>(points(5, 5, 0));
    missing.remove(item.id() + "-PROCESS");
    assertThatThrownBy(() -> Answer.of(item, missing)).hasMessageContaining("PROCESS");
    Map<String, Integer> extra = new HashMap<>(points(5, 5, 0));
    extra.put("GW99-PEOPLE", 0);
    assertThatThrownBy(() -> Answer.of(item, extra)).hasMessageContaining("GW99-PEOPLE");
  }

  @Test
  void typedAnswersCountBlankAsZeroAndRejectFractionsAndWords() {
    Map<String, String> typed = new HashMap<>();
    typed.put(item.id() + "-PEOPLE", " 7 ");
    typed.put(item.id() + "-PERFORMANCE", "");
    typed.put(item.id() + "-PROCESS", "3");
    assertThat(Answer.parse(item, typed).performance()).isZero();
    typed.put(item.id() + "-PROCESS", "2.5");
    assertThatThrownBy(() -> Answer.parse(item, typed))
        .isInstanceOf(InvalidAnswer.class)
        .hasMessageContaining("whole number");
    typed.put(item.id() + "-PROCESS", "three");
    assertThatThrownBy(() -> Answer.parse(item, typed)).hasMessageContaining("three");
  }

  @Test
  void everySplitIsAcceptedExactlyWhenItIsTenNonNegativeWholePoints() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 2_000; i++) {
      int a = random.nextInt(-3, 14);
      int b = random.nextInt(-3, 14);
      int c = random.nextInt(-3, 14);
      boolean valid = a >= 0 && b >= 0 && c >= 0 && a + b + c == 10;
      boolean accepted;
      try {
        Answer.of(item, points(a, b, c));
        accepted = true;
      } catch (InvalidAnswer e) {
        accepted = false;
      }
      assertThat(accepted).as("%d/%d/%d", a, b, c).isEqualTo(valid);
    }
  }
}
