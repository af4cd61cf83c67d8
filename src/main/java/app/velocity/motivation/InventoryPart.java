package app.velocity.motivation;

/** The two parts of the inventory, one per condition. */
public enum InventoryPart {
  GOING_WELL("when things go well"),
  CONFLICT("under conflict or opposition");

  private final String label;

  InventoryPart(String label) {
    this.label = label;
  }

  /** The condition in words: "when things go well". */
  public String label() {
    return label;
  }
}
