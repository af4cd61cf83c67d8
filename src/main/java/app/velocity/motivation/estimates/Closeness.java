package app.velocity.motivation.estimates;

/** How often the observer works with the person directly, with its factor in the confidence. */
public enum Closeness {
  RARELY(0.5),
  MONTHLY(0.7),
  WEEKLY(0.9),
  DAILY(1.0);

  private final double factor;

  Closeness(double factor) {
    this.factor = factor;
  }

  /** The closeness factor K of {@link EstimateConfidence}. */
  public double factor() {
    return factor;
  }
}
