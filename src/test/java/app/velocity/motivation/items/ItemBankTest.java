package app.velocity.motivation.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.motivation.Drive;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ItemBankTest {

  private final ItemBank bank = ItemBank.current();

  private Stream<Item> allItems() {
    return bank.parts().stream().flatMap(p -> p.items().stream());
  }

  private Stream<String> allText() {
    return allItems()
        .flatMap(
            i ->
                Stream.concat(
                    Stream.of(i.stem(), i.taps()), i.endings().stream().map(Ending::text)));
  }

  @Test
  void currentBankLoadsAndValidates() {
    assertThat(bank.version()).isEqualTo("v2");
    assertThat(bank.part(Condition.GOING_WELL).items()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(bank.part(Condition.CONFLICT).items()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(ItemBank.load("v2")).isSameAs(bank);
  }

  @Test
  void version2KeepsEveryItemOfVersion1AndAddsMore() {
    // Retakes across the versions stay comparable: v2 asks all of v1, word for word, and more.
    ItemBank v1 = ItemBank.load("v1");
    for (Condition c : Condition.values()) {
      List<Item> old = v1.part(c).items();
      assertThat(bank.part(c).items().subList(0, old.size())).isEqualTo(old);
    }
    assertThat(bank.part(Condition.GOING_WELL).items()).hasSize(48);
    assertThat(bank.part(Condition.CONFLICT).items()).hasSize(24);
  }

  @Test
  void everyShippedBankHasACalibratedFirmnessRadius() {
    assertThat(ItemBank.load("v1").firmnessRadius()).isEqualTo(1.9);
    assertThat(bank.firmnessRadius()).isEqualTo(1.05);
  }

  @Test
  void peopleAreToldHowLongItTakes() {
    // 20 seconds an item, rounded up to 5 minutes: v1 said "about 10 minutes" and still does
    assertThat(ItemBank.load("v1").size()).isEqualTo(24);
    assertThat(ItemBank.load("v1").minutesToTake()).isEqualTo(10);
    assertThat(bank.size()).isEqualTo(72);
    assertThat(bank.minutesToTake()).isEqualTo(25);
  }

  @Test
  void goingWellAndConflictItemsAreNamedForTheirPart() {
    // the demo data and the tests tell the parts apart by these prefixes
    bank.part(Condition.GOING_WELL).items().forEach(i -> assertThat(i.id()).startsWith("GW"));
    bank.part(Condition.CONFLICT).items().forEach(i -> assertThat(i.id()).startsWith("CF"));
  }

  @Test
  void everyItemHasEachDriveExactlyOnce() {
    allItems()
        .forEach(
            item -> {
              assertThat(item.endings())
                  .extracting(Ending::drive)
                  .containsExactlyInAnyOrder(Drive.values());
              for (Drive d : Drive.values()) {
                assertThat(item.endingFor(d).id()).isEqualTo(item.id() + "-" + d.name());
              }
            });
  }

  @Test
  void noTwoItemsShareAStem() {
    Set<String> stems = new HashSet<>();
    allItems().forEach(i -> assertThat(stems.add(normalise(i.stem()))).as(i.id()).isTrue());
  }

  @Test
  void endingsOfAnItemAreOfComparableLength() {
    // A much longer ending reads as the considered, "better" answer.
    allItems()
        .forEach(
            item -> {
              List<Integer> lengths = item.endings().stream().map(e -> e.text().length()).toList();
              int min = lengths.stream().mapToInt(x -> x).min().orElseThrow();
              int max = lengths.stream().mapToInt(x -> x).max().orElseThrow();
              assertThat(max).as(item.id()).isLessThanOrEqualTo(min * 8 / 5);
              assertThat(max).as(item.id() + " fits a phone").isLessThanOrEqualTo(60);
            });
  }

  @Test
  void textAvoidsTrademarksAndColourNames() {
    Pattern banned = app.velocity.motivation.OwnWords.forbiddenNamesAndColours();
    List<String> hits = new ArrayList<>();
    allText().filter(t -> banned.matcher(t.toLowerCase(Locale.ROOT)).find()).forEach(hits::add);
    assertThat(hits).isEmpty();
  }

  @Test
  void rejectsAnItemWithTwoEndingsForOneDrive() {
    String json =
        """
        {"version":"v9","parts":[]}
        """;
    assertThatThrownBy(() -> ItemBank.parse(stream(json)))
        .isInstanceOf(InvalidItemBank.class)
        .hasMessageContaining("one part for each condition");
    assertThatThrownBy(
            () ->
                new Item(
                    "X1",
                    "stem",
                    List.of(
                        new Ending("X1-A", Drive.PEOPLE, "a"),
                        new Ending("X1-B", Drive.PEOPLE, "b"),
                        new Ending("X1-C", Drive.PROCESS, "c")),
                    "taps"))
        .hasMessageContaining("two endings for PEOPLE");
  }

  @Test
  void rejectsDuplicateIdsAcrossTheBank() {
    InventoryPart gw = bank.part(Condition.GOING_WELL);
    InventoryPart cf = bank.part(Condition.CONFLICT);
    List<Item> clash = new ArrayList<>(cf.items());
    clash.set(0, gw.items().get(0));
    assertThatThrownBy(
            () -> new ItemBank("v2", List.of(gw, new InventoryPart(Condition.CONFLICT, clash))))
        .hasMessageContaining("used twice");
  }

  @Test
  void rejectsAPartWithTooFewItems() {
    List<Item> few = bank.part(Condition.GOING_WELL).items().subList(0, 5);
    assertThatThrownBy(() -> new InventoryPart(Condition.GOING_WELL, few))
        .hasMessageContaining("needs 12");
  }

  @Test
  void unknownVersionIsAClearError() {
    assertThatThrownBy(() -> ItemBank.load("v99"))
        .isInstanceOf(InvalidItemBank.class)
        .hasMessageContaining("no item bank v99");
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").trim();
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
