package app.velocity.motivation;

/**
 * How one respondent's points spread over the items of one part: the sample variances of the points
 * given to the People and to the Performance ending, and their covariance, over the part's items.
 * Process needs no numbers of its own, because an item's three points always add up to 10.
 *
 * <p>This is a fact about the answers, stored with a result; what it means for the scores is {@link
 * ScoreError#of(ItemSpread)}. A respondent who splits every item the same way has no spread; one
 * who answers each item differently from the last has a wide one.
 *
 * @param items the number of items the part had, at least 2
 * @param people sample variance of the People points, in points²
 * @param performance sample variance of the Performance points, in points²
 * @param cross sample covariance of the People and Performance points, in points²
 */
public record ItemSpread(int items, double people, double performance, double cross) {

  private static final double SLACK = 1e-9;

  public ItemSpread {
    if (items < 2) {
      throw new IllegalArgumentException("a spread needs at least 2 items, not " + items);
    }
    if (!(people >= 0) || !(performance >= 0) || !Double.isFinite(people + performance + cross)) {
      throw new IllegalArgumentException("variances must be finite and not negative");
    }
    // Cauchy–Schwarz, and the same for Process, whose variance is people + performance + 2 cross.
    if (cross * cross > people * performance * (1 + SLACK) + SLACK
        || people + performance + 2 * cross < -SLACK) {
      throw new IllegalArgumentException("these variances and covariance cannot come from answers");
    }
  }

  /**
   * The spread of answers given as one row per item: points for People, Performance and Process.
   * The rows are assumed valid (see {@link PartScoring}).
   */
  public static ItemSpread of(int[][] items) {
    int k = items.length;
    if (k < 2) {
      throw new IllegalArgumentException("a spread needs at least 2 items, not " + k);
    }
    double meanP = 0;
    double meanF = 0;
    for (int[] item : items) {
      meanP += item[0];
      meanF += item[1];
    }
    meanP /= k;
    meanF /= k;
    double p = 0;
    double f = 0;
    double pf = 0;
    for (int[] item : items) {
      double dp = item[0] - meanP;
      double df = item[1] - meanF;
      p += dp * dp;
      f += df * df;
      pf += dp * df;
    }
    return new ItemSpread(k, p / (k - 1), f / (k - 1), pf / (k - 1));
  }
}
