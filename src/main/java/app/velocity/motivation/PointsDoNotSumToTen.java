package app.velocity.motivation;

/** An item's points add up to something other than 10. */
public final class PointsDoNotSumToTen extends IllegalArgumentException {

  private final InventoryPart part;
  private final int item;
  private final int sum;

  public PointsDoNotSumToTen(InventoryPart part, int item, int sum) {
    super(
        "Item "
            + item
            + " of the part "
            + part.label()
            + ": the points add up to "
            + sum
            + ", but they must add up to exactly 10.");
    this.part = part;
    this.item = item;
    this.sum = sum;
  }

  public InventoryPart part() {
    return part;
  }

  /** 1-based number of the item within its part. */
  public int item() {
    return item;
  }

  public int sum() {
    return sum;
  }
}
