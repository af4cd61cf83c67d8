package app.velocity.inventory;

import app.velocity.motivation.InventoryScoring;
import app.velocity.motivation.ItemSpread;
import app.velocity.motivation.Profile;
import app.velocity.motivation.items.Condition;
import app.velocity.motivation.items.Ending;
import app.velocity.motivation.items.InventoryPart;
import app.velocity.motivation.items.Item;
import app.velocity.motivation.items.ItemBank;
import app.velocity.organisations.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * One attempt at the inventory by one person, on one item-bank version, with the answers given so
 * far. Items are numbered 1 to n over both parts in the bank's order (going well first); that
 * number is the step a person sees ("Item 3 of 24").
 *
 * <p>The endings of each item are shown in an order drawn from {@code orderSeed} and the item id:
 * random across respondents, so no drive always comes first, but the same for this response on
 * every visit and every device. {@link Random} is used because its sequence is specified by the JDK
 * and so stays stable across versions.
 */
public final class InventoryResponse {

  private final UUID id;
  private final PersonId person;
  private final ItemBank bank;
  private final long orderSeed;
  private final Instant startedAt;
  private final Instant completedAt;
  private final Map<String, Answer> answers;

  InventoryResponse(
      UUID id,
      PersonId person,
      String version,
      long orderSeed,
      Instant startedAt,
      Instant completedAt,
      List<Answer> answers) {
    this.id = id;
    this.person = person;
    this.bank = ItemBank.load(version);
    this.orderSeed = orderSeed;
    this.startedAt = startedAt;
    this.completedAt = completedAt;
    this.answers = new LinkedHashMap<>();
    answers.forEach(a -> this.answers.put(a.item(), a));
  }

  public UUID id() {
    return id;
  }

  public PersonId person() {
    return person;
  }

  public String version() {
    return bank.version();
  }

  public ItemBank bank() {
    return bank;
  }

  long orderSeed() {
    return orderSeed;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  public boolean isCompleted() {
    return completedAt != null;
  }

  /** All items over both parts, going well first, in the bank's order. */
  public List<Item> items() {
    List<Item> items = new ArrayList<>();
    for (Condition condition : Condition.values()) {
      items.addAll(bank.part(condition).items());
    }
    return items;
  }

  /** How many items there are in all. */
  public int size() {
    return items().size();
  }

  /** The item at this 1-based step; empty outside 1..{@link #size()}. */
  public Optional<Item> item(int step) {
    List<Item> items = items();
    return step >= 1 && step <= items.size() ? Optional.of(items.get(step - 1)) : Optional.empty();
  }

  /** The item with this id, if the bank version has one. */
  public Optional<Item> item(String itemId) {
    return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /** The 1-based step of an item of this bank. */
  public int stepOf(Item item) {
    return items().indexOf(item) + 1;
  }

  /** The condition (part) an item belongs to. */
  public Condition conditionOf(Item item) {
    for (InventoryPart part : bank.parts()) {
      if (part.items().contains(item)) {
        return part.condition();
      }
    }
    throw new IllegalArgumentException("item: " + item.id() + " is not in bank " + version());
  }

  /** The first step of a part. */
  public int firstStepOf(Condition condition) {
    return stepOf(bank.part(condition).items().get(0));
  }

  /** The endings of an item in this respondent's order. */
  public List<Ending> endingsInOrder(Item item) {
    List<Ending> endings = new ArrayList<>(item.endings());
    Collections.shuffle(endings, new Random(orderSeed * 1_000_003L + item.id().hashCode()));
    return endings;
  }

  /** The answer given to an item so far. */
  public Optional<Answer> answerTo(String itemId) {
    return Optional.ofNullable(answers.get(itemId));
  }

  /** How many items are answered. */
  public int answered() {
    return answers.size();
  }

  /** Items not answered yet, in step order. */
  public List<Item> unanswered() {
    return items().stream().filter(i -> !answers.containsKey(i.id())).toList();
  }

  /** Where to resume: the first item without an answer, if any. */
  public Optional<Item> firstUnanswered() {
    return unanswered().stream().findFirst();
  }

  public boolean isComplete() {
    return answers.size() == size();
  }

  /**
   * Checks points for an item of this response and returns the answer to store.
   *
   * @throws ResponseNotFound when the item is not part of this response's bank version
   * @throws ResponseAlreadyCompleted when the response was submitted already
   * @throws InvalidAnswer when the points are not 10 whole, non-negative points
   */
  Answer answer(String itemId, Map<String, Integer> points) {
    return record(requireItem(itemId), points);
  }

  /** As {@link #answer}, from text typed into a form, where blank counts as 0. */
  Answer answerTyped(String itemId, Map<String, String> typed) {
    Item item = requireItem(itemId);
    requireOpen();
    Answer answer = Answer.parse(item, typed);
    answers.put(item.id(), answer);
    return answer;
  }

  private Answer record(Item item, Map<String, Integer> points) {
    requireOpen();
    Answer answer = Answer.of(item, points);
    answers.put(item.id(), answer);
    return answer;
  }

  private Item requireItem(String itemId) {
    return item(itemId).orElseThrow(() -> new UnknownItem(itemId, version()));
  }

  private void requireOpen() {
    if (isCompleted()) {
      throw new ResponseAlreadyCompleted();
    }
  }

  /**
   * The profile of a complete response.
   *
   * @throws InventoryIncomplete naming the items still to answer
   */
  Profile score() {
    if (!isComplete()) {
      throw new InventoryIncomplete(unanswered().stream().map(Item::id).toList());
    }
    int[][] goingWell = rows(Condition.GOING_WELL);
    int[][] conflict = rows(Condition.CONFLICT);
    return new InventoryScoring(InventoryPart.MIN_ITEMS).score(goingWell, conflict);
  }

  /** How the answers of a complete response spread over one part's items. */
  ItemSpread spread(Condition condition) {
    if (!isComplete()) {
      throw new InventoryIncomplete(unanswered().stream().map(Item::id).toList());
    }
    return ItemSpread.of(rows(condition));
  }

  private int[][] rows(Condition condition) {
    return bank.part(condition).items().stream()
        .map(i -> answers.get(i.id()).row())
        .toArray(int[][]::new);
  }
}
