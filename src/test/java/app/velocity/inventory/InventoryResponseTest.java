package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.motivation.Drive;
import app.velocity.motivation.items.Ending;
import app.velocity.motivation.items.Item;
import app.velocity.organisations.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InventoryResponseTest {

  static InventoryResponse response(long seed, List<Answer> answers) {
    return new InventoryResponse(
        UUID.randomUUID(), PersonId.random(), "v1", seed, Instant.EPOCH, null, answers);
  }

  static Map<String, Integer> points(Item item, int people, int performance, int process) {
    return Map.of(
        item.endingFor(Drive.PEOPLE).id(), people,
        item.endingFor(Drive.PERFORMANCE).id(), performance,
        item.endingFor(Drive.PROCESS).id(), process);
  }

  @Test
  void hasTwentyFourItemsGoingWellFirst() {
    InventoryResponse r = response(1, List.of());
    assertThat(r.size()).isEqualTo(24);
    assertThat(r.item(1).orElseThrow().id()).startsWith("GW");
    assertThat(r.item(13).orElseThrow().id()).startsWith("CF");
    assertThat(r.item(0)).isEmpty();
    assertThat(r.item(25)).isEmpty();
  }

  @Test
  void resumesAtTheFirstUnansweredItemEvenWhenLaterOnesAreAnswered() {
    InventoryResponse r = response(1, List.of());
    assertThat(r.firstUnanswered()).contains(r.item(1).orElseThrow());
    for (int step : new int[] {1, 2, 3, 5, 20}) {
      Item item = r.item(step).orElseThrow();
      r.answer(item.id(), points(item, 4, 3, 3));
    }
    assertThat(r.firstUnanswered()).contains(r.item(4).orElseThrow());
    assertThat(r.unanswered()).hasSize(19);
  }

  @Test
  void endingOrderIsStableForOneRespondentAndVariesAcrossRespondents() {
    InventoryResponse first = response(42, List.of());
    InventoryResponse again = response(42, List.of());
    int differentFromBank = 0;
    int[] positionsOfPeople = new int[3];
    for (Item item : first.items()) {
      List<Ending> order = first.endingsInOrder(item);
      assertThat(order).containsExactlyInAnyOrderElementsOf(item.endings());
      assertThat(again.endingsInOrder(item)).isEqualTo(order);
      if (!order.equals(item.endings())) {
        differentFromBank++;
      }
    }
    assertThat(differentFromBank).isGreaterThan(0);
    // over many respondents each drive's ending appears in every position
    Item item = first.item(1).orElseThrow();
    for (long seed = 0; seed < 300; seed++) {
      List<Ending> order = response(seed, List.of()).endingsInOrder(item);
      positionsOfPeople[order.indexOf(item.endingFor(Drive.PEOPLE))]++;
    }
    for (int n : positionsOfPeople) {
      assertThat(n).isBetween(60, 140);
    }
  }

  @Test
  void scoresACompleteResponseAndRefusesAnIncompleteOne() {
    InventoryResponse r = response(3, List.of());
    assertThatThrownBy(r::score).isInstanceOf(InventoryIncomplete.class);
    for (Item item : r.items()) {
      boolean goingWell = item.id().startsWith("GW");
      r.answer(item.id(), goingWell ? points(item, 6, 2, 2) : points(item, 1, 7, 2));
    }
    var profile = r.score();
    assertThat(profile.goingWell().people()).isEqualTo(60.0);
    assertThat(profile.conflict().performance()).isEqualTo(70.0);
  }

  @Test
  void refusesItemsOfAnotherBankOrAfterSubmission() {
    InventoryResponse r = response(3, List.of());
    assertThatThrownBy(() -> r.answer("XX01", Map.of())).isInstanceOf(UnknownItem.class);
    InventoryResponse done =
        new InventoryResponse(
            UUID.randomUUID(), PersonId.random(), "v1", 1, Instant.EPOCH, Instant.EPOCH, List.of());
    Item item = done.item(1).orElseThrow();
    assertThatThrownBy(() -> done.answer(item.id(), points(item, 10, 0, 0)))
        .isInstanceOf(ResponseAlreadyCompleted.class);
  }
}
