package app.velocity.motivation.items;

/** The two conditions the inventory asks about; each has its own part and its own scores. */
public enum Condition {
  /** Work when things go well. */
  GOING_WELL,
  /** Work under conflict or opposition. */
  CONFLICT
}
