package app.velocity.inventory;

import java.util.List;

/** Submitting was refused because some items have no answer yet. */
public class InventoryIncomplete extends IllegalStateException {

  private final List<String> unanswered;

  public InventoryIncomplete(List<String> unanswered) {
    super(
        unanswered.size()
            + (unanswered.size() == 1 ? " item is" : " items are")
            + " not answered yet: "
            + String.join(", ", unanswered));
    this.unanswered = List.copyOf(unanswered);
  }

  /** The ids of the items still to answer, in step order. */
  public List<String> unanswered() {
    return unanswered;
  }
}
