package app.velocity.motivation.items;

import app.velocity.motivation.Drive;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A stem and exactly one ending per drive. The respondent splits 10 points among the endings, which
 * the screen shows in a shuffled order. {@code taps} records what the item is meant to reach, for
 * authors and reviewers; it is never shown to respondents.
 */
public record Item(String id, String stem, List<Ending> endings, String taps) {

  public Item {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an item needs an id");
    }
    if (stem == null || stem.isBlank()) {
      throw new IllegalArgumentException("item " + id + " has no stem");
    }
    if (taps == null || taps.isBlank()) {
      throw new IllegalArgumentException("item " + id + " does not say what it taps");
    }
    endings = List.copyOf(endings == null ? List.of() : endings);
    Set<Drive> seen = EnumSet.noneOf(Drive.class);
    for (Ending ending : endings) {
      if (!seen.add(ending.drive())) {
        throw new IllegalArgumentException("item " + id + " has two endings for " + ending.drive());
      }
    }
    if (seen.size() != Drive.values().length) {
      throw new IllegalArgumentException("item " + id + " needs exactly one ending per drive");
    }
  }

  /** The ending that scores for {@code drive}. */
  public Ending endingFor(Drive drive) {
    return endings.stream().filter(e -> e.drive() == drive).findFirst().orElseThrow();
  }
}
