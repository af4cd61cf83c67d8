package app.velocity.inventory;

import app.velocity.motivation.Drive;
import app.velocity.motivation.PartScoring;
import app.velocity.motivation.items.Ending;
import app.velocity.motivation.items.Item;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One item answered: whole, non-negative points for each drive's ending, ten in all. Built only
 * through {@link #of} or {@link #parse}, which check the points against the item.
 */
public record Answer(String item, int people, int performance, int process) {

  public Answer {
    if (item == null || item.isBlank()) {
      throw new IllegalArgumentException("item: an answer needs an item");
    }
    if (people < 0 || performance < 0 || process < 0) {
      throw new InvalidAnswer(item, "Points cannot be negative.");
    }
    int sum = people + performance + process;
    if (sum != PartScoring.POINTS_PER_ITEM) {
      throw new InvalidAnswer(item, sumMessage(sum));
    }
  }

  /**
   * The answer giving {@code points} (ending id to points) to an item's endings. Every ending must
   * be given a number (0 is fine); no other ids may appear.
   *
   * @throws InvalidAnswer naming the item when the points are not 10 whole non-negative points
   */
  public static Answer of(Item item, Map<String, Integer> points) {
    if (points == null) {
      throw new InvalidAnswer(item.id(), "Give points to the three endings.");
    }
    Set<String> known = new HashSet<>();
    Map<Drive, Integer> byDrive = new EnumMap<>(Drive.class);
    for (Ending ending : item.endings()) {
      known.add(ending.id());
      Integer given = points.get(ending.id());
      if (given == null) {
        throw new InvalidAnswer(
            item.id(),
            "Give a number to every ending (0 is fine); \"" + ending.id() + "\" has none.");
      }
      if (given < 0) {
        throw new InvalidAnswer(item.id(), "Points cannot be negative.");
      }
      byDrive.put(ending.drive(), given);
    }
    for (String id : points.keySet()) {
      if (!known.contains(id)) {
        throw new InvalidAnswer(item.id(), "\"" + id + "\" is not an ending of this item.");
      }
    }
    return new Answer(
        item.id(),
        byDrive.get(Drive.PEOPLE),
        byDrive.get(Drive.PERFORMANCE),
        byDrive.get(Drive.PROCESS));
  }

  /**
   * The answer typed into a form: text per ending id, where a blank field counts as 0 points.
   *
   * @throws InvalidAnswer when a field is not a whole number, or the points are not 10 in all
   */
  public static Answer parse(Item item, Map<String, String> entered) {
    Map<String, Integer> points = new java.util.HashMap<>();
    for (Ending ending : item.endings()) {
      String text = entered == null ? null : entered.get(ending.id());
      if (text == null || text.isBlank()) {
        points.put(ending.id(), 0);
        continue;
      }
      try {
        points.put(ending.id(), Integer.parseInt(text.trim()));
      } catch (NumberFormatException e) {
        throw new InvalidAnswer(
            item.id(),
            "\"" + text.trim() + "\" is not a whole number. Use whole points from 0 to 10.");
      }
    }
    return of(item, points);
  }

  /** Points for one drive. */
  public int pointsFor(Drive drive) {
    return switch (drive) {
      case PEOPLE -> people;
      case PERFORMANCE -> performance;
      case PROCESS -> process;
    };
  }

  /** The points as a row for {@link PartScoring}: People, Performance, Process. */
  int[] row() {
    return new int[] {people, performance, process};
  }

  private static String sumMessage(int sum) {
    int ten = PartScoring.POINTS_PER_ITEM;
    return sum < ten
        ? "These points add up to " + sum + "; give " + (ten - sum) + " more so they make 10."
        : "These points add up to " + sum + "; take away " + (sum - ten) + " so they make 10.";
  }
}
