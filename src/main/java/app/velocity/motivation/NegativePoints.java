package app.velocity.motivation;

/** An item gives a drive's ending fewer than 0 points. */
public final class NegativePoints extends IllegalArgumentException {

  private final InventoryPart part;
  private final int item;
  private final Drive drive;
  private final int points;

  public NegativePoints(InventoryPart part, int item, Drive drive, int points) {
    super(
        "Item "
            + item
            + " of the part "
            + part.label()
            + ": the "
            + drive.label()
            + " ending has "
            + points
            + " points; points cannot be negative.");
    this.part = part;
    this.item = item;
    this.drive = drive;
    this.points = points;
  }

  public InventoryPart part() {
    return part;
  }

  /** 1-based number of the item within its part. */
  public int item() {
    return item;
  }

  public Drive drive() {
    return drive;
  }

  public int points() {
    return points;
  }
}
