package app.velocity.motivation;

/**
 * What a person still cares for at each stage of conflict. Conflict usually starts in stage 1 and
 * moves on only if it is not resolved there.
 */
public enum ConflictStage {
  /** Still caring for oneself, the problem and the other person. */
  FIRST(1, "self, the problem and the other person"),
  /** Caring for oneself and the problem; the other person has dropped out of view. */
  SECOND(2, "self and the problem"),
  /** Caring only for oneself. */
  THIRD(3, "self only");

  private final int number;
  private final String concern;

  ConflictStage(int number, String concern) {
    this.number = number;
    this.concern = concern;
  }

  /** 1, 2 or 3. */
  public int number() {
    return number;
  }

  /** What the person still cares for, e.g. "self and the problem". */
  public String concern() {
    return concern;
  }
}
