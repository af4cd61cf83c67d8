package app.velocity.motivation.estimates;

/**
 * A setting in which the observer has seen the person. Each adds to the settings factor S of {@link
 * EstimateConfidence}; having seen them under pressure adds most, as conflict behaviour is what an
 * observer without it can only guess.
 */
public enum ObservedSetting {
  ROUTINE_WORK(0),
  UNDER_PRESSURE(0.15),
  SOCIAL(0.05),
  ONE_TO_ONE(0.05);

  private final double bonus;

  ObservedSetting(double bonus) {
    this.bonus = bonus;
  }

  /** What this setting adds to the base 0.75 of the settings factor. */
  public double bonus() {
    return bonus;
  }
}
