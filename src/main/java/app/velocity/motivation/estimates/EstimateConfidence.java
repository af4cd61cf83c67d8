package app.velocity.motivation.estimates;

/**
 * How much an observer estimate may be trusted, in (0, {@link #MAXIMUM}]:
 *
 * <pre>
 *   c = MAXIMUM × T × K × A × S
 *   T = time known:      &lt; 3 months 0.5, 3–12 months 0.7, 1–3 years 0.9, &gt; 3 years 1.0
 *   K = closeness:       rarely 0.5, monthly 0.7, weekly 0.9, daily 1.0
 *   A = answers:         0.4 + 0.6 × answered / asked   ("can't say" is not answered)
 *   S = settings seen:   0.75 + 0.15 if under pressure + 0.05 if one-to-one + 0.05 if socially
 * </pre>
 *
 * Every factor lies in (0, 1] and rises with its input, so the confidence grows with each of them
 * and never exceeds {@link #MAXIMUM}, below the 1.0 of a self-report: an observer sees behaviour,
 * which may be borrowed from another drive, not the motive behind it.
 */
public final class EstimateConfidence {

  /** The highest confidence any single estimate can reach. */
  public static final double MAXIMUM = 0.85;

  private EstimateConfidence() {}

  public static double of(Acquaintance acquaintance, int answered, int asked) {
    if (asked <= 0 || answered < 0 || answered > asked) {
      throw new IllegalArgumentException(answered + " of " + asked + " answered is not possible");
    }
    double time = acquaintance.knownFor().factor();
    double closeness = acquaintance.closeness().factor();
    double answers = 0.4 + 0.6 * answered / asked;
    double settings = 0.75;
    for (ObservedSetting s : acquaintance.settings()) {
      settings += s.bonus();
    }
    return MAXIMUM * time * closeness * answers * settings;
  }
}
