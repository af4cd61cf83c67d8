package app.velocity.motivation.items;

import java.util.List;
import java.util.Objects;

/** The items asked about one condition. */
public record InventoryPart(Condition condition, List<Item> items) {

  /** Fewer items than this make a part's scores too coarse to place on the triangle. */
  public static final int MIN_ITEMS = 12;

  public InventoryPart {
    Objects.requireNonNull(condition, "a part needs a condition");
    items = List.copyOf(items == null ? List.of() : items);
    if (items.size() < MIN_ITEMS) {
      throw new IllegalArgumentException(
          "the " + condition + " part has " + items.size() + " items; it needs " + MIN_ITEMS);
    }
  }
}
