package app.velocity.motivation.estimates;

/** How long the observer has known the person, with its factor in the confidence. */
public enum KnownFor {
  LESS_THAN_THREE_MONTHS(0.5),
  THREE_TO_TWELVE_MONTHS(0.7),
  ONE_TO_THREE_YEARS(0.9),
  MORE_THAN_THREE_YEARS(1.0);

  private final double factor;

  KnownFor(double factor) {
    this.factor = factor;
  }

  /** The time factor T of {@link EstimateConfidence}. */
  public double factor() {
    return factor;
  }
}
