package app.velocity.delegation.analysis;

import java.util.Optional;

/**
 * The odds that a "motivated like you" candidate was chosen relative to the odds for any other
 * candidate, with a 95% interval, from a 2×2 table of candidate slots.
 *
 * <p>Each candidate of each decision counts once: chosen or passed over, alike or not. An odds
 * ratio of 1 means alike candidates were chosen no more often than their share of the candidates
 * implies; 3 means their odds of being chosen were three times those of the others.
 *
 * <p>The interval is Woolf's: {@code exp(ln OR ± 1.96 · √(1/a + 1/b + 1/c + 1/d))}. When any cell
 * is zero, 0.5 is added to every cell first (Haldane's correction) and {@link #corrected()} says
 * so.
 *
 * @param chosenAlike a: chosen and motivated like you
 * @param chosenOther b: chosen and not
 * @param passedOverAlike c: passed over and motivated like you
 * @param passedOverOther d: passed over and not
 */
public record OddsRatio(
    int chosenAlike,
    int chosenOther,
    int passedOverAlike,
    int passedOverOther,
    double estimate,
    double lower,
    double upper,
    boolean corrected) {

  private static final double Z_975 = 1.959963984540054;

  public OddsRatio {
    if (chosenAlike < 0 || chosenOther < 0 || passedOverAlike < 0 || passedOverOther < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
    if (!(lower > 0 && lower <= estimate && estimate <= upper && Double.isFinite(upper))) {
      throw new IllegalArgumentException(
          "need 0 < lower ≤ estimate ≤ upper, not " + lower + ", " + estimate + ", " + upper);
    }
  }

  /**
   * The odds ratio of a table, or empty when it is undefined because a whole row or column is empty
   * (nobody chosen, nobody passed over, or no alike or no other candidate at all).
   */
  public static Optional<OddsRatio> fromTable(int a, int b, int c, int d) {
    if (a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0) {
      return Optional.empty();
    }
    boolean corrected = a == 0 || b == 0 || c == 0 || d == 0;
    double h = corrected ? 0.5 : 0;
    double ca = a + h;
    double cb = b + h;
    double cc = c + h;
    double cd = d + h;
    double log = Math.log(ca) + Math.log(cd) - Math.log(cb) - Math.log(cc);
    double se = Math.sqrt(1 / ca + 1 / cb + 1 / cc + 1 / cd);
    return Optional.of(
        new OddsRatio(
            a,
            b,
            c,
            d,
            Math.exp(log),
            Math.exp(log - Z_975 * se),
            Math.exp(log + Z_975 * se),
            corrected));
  }
}
