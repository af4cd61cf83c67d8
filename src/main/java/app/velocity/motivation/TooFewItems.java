package app.velocity.motivation;

/** A part was answered with fewer items than the inventory requires. */
public final class TooFewItems extends IllegalArgumentException {

  private final InventoryPart part;
  private final int answered;
  private final int required;

  public TooFewItems(InventoryPart part, int answered, int required) {
    super(
        "The part "
            + part.label()
            + " has "
            + answered
            + " answered items, but at least "
            + required
            + " are needed to score it.");
    this.part = part;
    this.answered = answered;
    this.required = required;
  }

  public InventoryPart part() {
    return part;
  }

  public int answered() {
    return answered;
  }

  public int required() {
    return required;
  }
}
