package app.velocity.motivation;

/** An item's answer does not give points to exactly the three drives' endings. */
public final class WrongNumberOfDrives extends IllegalArgumentException {

  private final InventoryPart part;
  private final int item;
  private final int given;

  public WrongNumberOfDrives(InventoryPart part, int item, int given) {
    super(
        "Item "
            + item
            + " of the part "
            + part.label()
            + ": points were given for "
            + given
            + " endings, but every item needs points for exactly 3 (People, Performance and"
            + " Process; 0 is allowed).");
    this.part = part;
    this.item = item;
    this.given = given;
  }

  public InventoryPart part() {
    return part;
  }

  /** 1-based number of the item within its part. */
  public int item() {
    return item;
  }

  /** How many endings had points. */
  public int given() {
    return given;
  }
}
