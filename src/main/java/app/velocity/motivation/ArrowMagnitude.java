package app.velocity.motivation;

/**
 * How visibly a person changes under conflict, read from the {@link Arrow}'s length in points. A
 * short arrow means others find the change hard to see; a long one, that it is plain to them.
 */
public enum ArrowMagnitude {
  /** Shorter than 5 points. */
  SLIGHT("barely changes", 0),
  /** From 5 up to 15 points. */
  NOTICEABLE("changes noticeably", 5),
  /** 15 points or longer. */
  MARKED("changes markedly", 15);

  private final String phrase;
  private final double from;

  ArrowMagnitude(String phrase, double from) {
    this.phrase = phrase;
    this.from = from;
  }

  /** Plain words completing "Under conflict this person …": "changes noticeably". */
  public String phrase() {
    return phrase;
  }

  /** The shortest length, in points, with this magnitude. */
  public double from() {
    return from;
  }

  /** The magnitude of an arrow this long. */
  public static ArrowMagnitude ofLength(double points) {
    if (points >= MARKED.from - ModelSettings.EPSILON) {
      return MARKED;
    }
    return points >= NOTICEABLE.from - ModelSettings.EPSILON ? NOTICEABLE : SLIGHT;
  }
}
