package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.motivation.Drive;
import app.velocity.motivation.items.Item;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Taking the inventory through the module's services, against the real database. */
@IntegrationTest
@RecordApplicationEvents
@Tag("smoke")
class InventoryFlowTest {

  @Autowired Inventory inventory;
  @Autowired Profiles profiles;
  @Autowired Fixtures fixtures;
  @Autowired ApplicationEvents events;

  static Map<String, Integer> points(Item item, int people, int performance, int process) {
    return InventoryResponseTest.points(item, people, performance, process);
  }

  /** Answers every item of the person's open response and submits it. */
  static ProfileResult takeWhole(
      Inventory inventory, PersonView person, int[] goingWell, int[] conflict) {
    InventoryResponse r = inventory.startOrResume(person.id());
    for (Item item : r.items()) {
      int[] p = item.id().startsWith("GW") ? goingWell : conflict;
      inventory.answer(person.id(), r.id(), item.id(), points(item, p[0], p[1], p[2]));
    }
    return inventory.complete(person.id(), r.id());
  }

  @Test
  void startsThatRaceResumeOneResponseInsteadOfSplittingTheAnswers() throws Exception {
    PersonView me = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      var futures = new java.util.ArrayList<java.util.concurrent.Future<java.util.UUID>>();
      for (int i = 0; i < 8; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return inventory.startOrResume(me.id()).id();
                }));
      }
      start.countDown();
      var ids = new java.util.HashSet<java.util.UUID>();
      for (var f : futures) {
        ids.add(f.get());
      }
      assertThat(ids).hasSize(1);
      assertThat(inventory.open(me.id()).orElseThrow().id()).isEqualTo(ids.iterator().next());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void firstSavesOfOneItemThatRaceAllSucceedAndLeaveOneAnswer() throws Exception {
    PersonView me = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    InventoryResponse r = inventory.startOrResume(me.id());
    Item item = r.item(1).orElseThrow();
    int[][] splits = {{10, 0, 0}, {0, 10, 0}, {0, 0, 10}, {4, 3, 3}};
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
      for (int i = 0; i < 8; i++) {
        int[] split = splits[i % splits.length];
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return inventory
                      .answer(
                          me.id(), r.id(), item.id(), points(item, split[0], split[1], split[2]))
                      .answered();
                }));
      }
      start.countDown();
      for (var f : futures) {
        assertThat(f.get()).isEqualTo(1);
      }
      InventoryResponse after = inventory.response(me.id(), r.id());
      assertThat(after.answered()).isEqualTo(1);
      assertThat(after.answerTo(item.id())).isPresent();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void savesAnswersOneAtATimeAndResumesWhereThePersonLeftOff() {
    OrganisationView org = fixtures.organisation();
    PersonView me = fixtures.person(Role.EXECUTIVE, org);
    InventoryResponse started = inventory.startOrResume(me.id());
    Item first = started.item(1).orElseThrow();
    Item second = started.item(2).orElseThrow();
    inventory.answer(me.id(), started.id(), first.id(), points(first, 5, 5, 0));
    inventory.answer(me.id(), started.id(), second.id(), points(second, 1, 2, 7));
    // a changed mind replaces the earlier answer
    inventory.answer(me.id(), started.id(), first.id(), points(first, 2, 2, 6));

    InventoryResponse resumed = inventory.startOrResume(me.id());
    assertThat(resumed.id()).isEqualTo(started.id());
    assertThat(resumed.answered()).isEqualTo(2);
    assertThat(resumed.answerTo(first.id()).orElseThrow().process()).isEqualTo(6);
    assertThat(resumed.firstUnanswered()).contains(resumed.item(3).orElseThrow());
    assertThat(resumed.endingsInOrder(first)).isEqualTo(started.endingsInOrder(first));
  }

  @Test
  void nobodyElseCanReadOrAnswerMyResponse() {
    OrganisationView org = fixtures.organisation();
    PersonView me = fixtures.person(Role.EXECUTIVE, org);
    PersonView other = fixtures.person(Role.EXECUTIVE, org);
    InventoryResponse mine = inventory.startOrResume(me.id());
    Item item = mine.item(1).orElseThrow();
    assertThatThrownBy(() -> inventory.response(other.id(), mine.id()))
        .isInstanceOf(ResponseNotFound.class);
    assertThatThrownBy(
            () -> inventory.answer(other.id(), mine.id(), item.id(), points(item, 10, 0, 0)))
        .isInstanceOf(ResponseNotFound.class);
    assertThatThrownBy(() -> inventory.complete(other.id(), mine.id()))
        .isInstanceOf(ResponseNotFound.class);
    assertThat(inventory.response(me.id(), mine.id()).answered()).isZero();
  }

  @Test
  void submitsOnlyWhenCompleteAndAnnouncesTheResult() {
    OrganisationView org = fixtures.organisation();
    PersonView me = fixtures.person(Role.COLLEAGUE, org);
    InventoryResponse r = inventory.startOrResume(me.id());
    Item item = r.item(1).orElseThrow();
    inventory.answer(me.id(), r.id(), item.id(), points(item, 10, 0, 0));
    assertThatThrownBy(() -> inventory.complete(me.id(), r.id()))
        .isInstanceOf(InventoryIncomplete.class)
        .hasMessageContaining("71 items");
    assertThat(profiles.latest(me.id())).isEmpty();

    ProfileResult result = takeWhole(inventory, me, new int[] {2, 6, 2}, new int[] {1, 1, 8});
    assertThat(result.profile().goingWell().of(Drive.PERFORMANCE)).isEqualTo(60.0);
    assertThat(result.version()).isEqualTo("v2");
    assertThat(profiles.latest(me.id())).contains(result);
    assertThat(events.stream(ProfileCompleted.class))
        .contains(new ProfileCompleted(me.id(), result.id()));
    assertThatThrownBy(() -> inventory.complete(me.id(), r.id()))
        .isInstanceOf(ResponseAlreadyCompleted.class);
    assertThatThrownBy(() -> inventory.answer(me.id(), r.id(), item.id(), points(item, 0, 10, 0)))
        .isInstanceOf(ResponseAlreadyCompleted.class);

    // a retake is a new response; history keeps both results, oldest first
    ProfileResult retake = takeWhole(inventory, me, new int[] {4, 4, 2}, new int[] {3, 3, 4});
    assertThat(profiles.history(me.id())).containsExactly(result, retake);
    assertThat(profiles.latest(me.id())).contains(retake);
  }
}
