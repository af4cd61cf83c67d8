package app.velocity.motivation;

/**
 * Scores a complete inventory, both parts, into a {@link Profile}. Each part must have at least
 * {@link #minimumItems()} answered items (the design asks for at least 10 per part).
 */
public final class InventoryScoring {

  /** The design's minimum number of items per part. */
  public static final int DEFAULT_MINIMUM_ITEMS = 10;

  private final int minimumItems;
  private final PartScoring goingWell = new PartScoring(InventoryPart.GOING_WELL);
  private final PartScoring conflict = new PartScoring(InventoryPart.CONFLICT);

  public InventoryScoring(int minimumItems) {
    if (minimumItems < 1) {
      throw new IllegalArgumentException("a part needs at least one item, not " + minimumItems);
    }
    this.minimumItems = minimumItems;
  }

  /** Scoring that requires {@value #DEFAULT_MINIMUM_ITEMS} items per part. */
  public InventoryScoring() {
    this(DEFAULT_MINIMUM_ITEMS);
  }

  public int minimumItems() {
    return minimumItems;
  }

  /**
   * The profile of both parts' answers, one row per item with points for People, Performance and
   * Process.
   *
   * @throws TooFewItems if a part has fewer than {@link #minimumItems()} items
   * @throws WrongNumberOfDrives if a row does not hold exactly three numbers
   * @throws NegativePoints if an item gives a drive fewer than 0 points
   * @throws PointsDoNotSumToTen if an item's points do not add up to 10
   */
  public Profile score(int[][] goingWellItems, int[][] conflictItems) {
    requireEnough(InventoryPart.GOING_WELL, goingWellItems.length);
    requireEnough(InventoryPart.CONFLICT, conflictItems.length);
    return new Profile(goingWell.score(goingWellItems), conflict.score(conflictItems));
  }

  private void requireEnough(InventoryPart part, int answered) {
    if (answered < minimumItems) {
      throw new TooFewItems(part, answered, minimumItems);
    }
  }
}
