package app.velocity.coaching.goals;

/** The five levels of a goal-attainment scale; 0 is the outcome expected at the start. */
public enum AttainmentLevel {
  MUCH_LESS_THAN_EXPECTED(-2),
  LESS_THAN_EXPECTED(-1),
  EXPECTED(0),
  MORE_THAN_EXPECTED(1),
  MUCH_MORE_THAN_EXPECTED(2);

  private final int score;

  AttainmentLevel(int score) {
    this.score = score;
  }

  /** The level's value, -2..+2. */
  public int score() {
    return score;
  }

  public static AttainmentLevel of(int score) {
    for (AttainmentLevel level : values()) {
      if (level.score == score) {
        return level;
      }
    }
    throw new IllegalArgumentException("an attainment level runs from -2 to +2, not " + score);
  }
}
