package app.velocity.motivation.estimates;

/**
 * When the behaviour a question asks about is seen. Going-well questions feed the going-well
 * scores; the three conflict moments feed the conflict scores, each according to the conflict stage
 * it shows (see {@link ObserverEstimate} for the mapping).
 */
public enum ObservedMoment {
  /** Ordinary working days: words, pace, focus, how they decide. */
  GOING_WELL(0),
  /** The first reaction to opposition: shows the first stage of the conflict sequence. */
  FIRST_MOVE_IN_CONFLICT(1),
  /** What follows when the disagreement is not resolved: shows the second stage. */
  CONFLICT_CONTINUES(2),
  /** The last resort of a long dispute: shows the third stage, the least-used drive. */
  CONFLICT_ESCALATED(3);

  private final int stage;

  ObservedMoment(int stage) {
    this.stage = stage;
  }

  /** 0 for going well, else the conflict stage (1 to 3) this moment reveals. */
  public int stage() {
    return stage;
  }

  public boolean isConflict() {
    return stage > 0;
  }
}
