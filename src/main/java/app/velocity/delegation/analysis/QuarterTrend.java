package app.velocity.delegation.analysis;

/**
 * One calendar quarter of dated decisions.
 *
 * @param year the calendar year
 * @param quarter 1..4
 * @param decisions decisions dated in the quarter, all criticalities
 * @param shareToAlike share of them that went to someone motivated like the executive
 * @param meanFitGivenUp mean of best fit minus chosen fit over the measured decisions; 0 when none
 * @param measured decisions of the quarter whose candidates all still share their result
 */
public record QuarterTrend(
    int year,
    int quarter,
    int decisions,
    double shareToAlike,
    double meanFitGivenUp,
    int measured) {

  /** A quarter in which every decision is measured. */
  public QuarterTrend(
      int year, int quarter, int decisions, double shareToAlike, double meanFitGivenUp) {
    this(year, quarter, decisions, shareToAlike, meanFitGivenUp, decisions);
  }

  public QuarterTrend {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1..4, not " + quarter);
    }
    if (decisions < 1) {
      throw new IllegalArgumentException("a quarter in the trend has at least one decision");
    }
    if (!(shareToAlike >= 0 && shareToAlike <= 1)) {
      throw new IllegalArgumentException("a share lies in 0..1, not " + shareToAlike);
    }
    if (measured < 0 || measured > decisions) {
      throw new IllegalArgumentException("measured decisions lie in 0.." + decisions);
    }
    if (!(meanFitGivenUp >= 0)) {
      throw new IllegalArgumentException("fit given up is non-negative, not " + meanFitGivenUp);
    }
  }

  /** For example "2026-Q3". */
  public String label() {
    return year + "-Q" + quarter;
  }
}
