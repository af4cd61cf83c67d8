package app.velocity.motivation.team;

/** How often the executive works with a colleague, on a 1–5 scale. */
public enum Frequency {
  RARELY(1, "rarely"),
  MONTHLY(2, "monthly"),
  WEEKLY(3, "weekly"),
  SEVERAL_TIMES_A_WEEK(4, "several times a week"),
  DAILY(5, "daily");

  private final int level;
  private final String words;

  Frequency(int level, String words) {
    this.level = level;
    this.words = words;
  }

  /** 1 (rarely) to 5 (daily). */
  public int level() {
    return level;
  }

  /** As in "you work together monthly". */
  public String words() {
    return words;
  }
}
