package app.velocity.motivation;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Classical test statistics for the inventory's scales, as pure functions. A scale is one drive in
 * one part; its item matrix holds {@code items[item][respondent]}, the points a respondent gave
 * that drive's ending on that item. Variances are sample variances (n − 1).
 *
 * <p>On constant-sum (ipsative) items these statistics are biased: see docs/psychometrics.md.
 */
public final class ScaleStatistics {

  private ScaleStatistics() {}

  /**
   * Cronbach's alpha: k/(k − 1) · (1 − Σ item variances / variance of the total). NaN when the
   * total does not vary.
   */
  public static double cronbachAlpha(double[][] items) {
    int k = requireMatrix(items);
    Variance variance = new Variance();
    double itemVariances = 0;
    for (double[] item : items) {
      itemVariances += variance.evaluate(item);
    }
    double totalVariance = variance.evaluate(totals(items));
    if (totalVariance == 0) {
      return Double.NaN;
    }
    return k / (k - 1.0) * (1 - itemVariances / totalVariance);
  }

  /**
   * For each item, the Pearson correlation between it and the sum of the <em>other</em> items
   * (corrected item-total correlation). NaN for an item, or a rest, that does not vary.
   */
  public static double[] correctedItemTotalCorrelations(double[][] items) {
    requireMatrix(items);
    double[] totals = totals(items);
    double[] result = new double[items.length];
    double[] rest = new double[totals.length];
    for (int i = 0; i < items.length; i++) {
      for (int r = 0; r < rest.length; r++) {
        rest[r] = totals[r] - items[i][r];
      }
      result[i] = pearson(items[i], rest);
    }
    return result;
  }

  /** The mean of each item over the respondents. */
  public static double[] itemMeans(double[][] items) {
    requireMatrix(items);
    Mean mean = new Mean();
    double[] means = new double[items.length];
    for (int i = 0; i < items.length; i++) {
      means[i] = mean.evaluate(items[i]);
    }
    return means;
  }

  /**
   * Pearson's correlation of paired observations, such as the same scale's scores at test and
   * retest. NaN when either does not vary.
   */
  public static double pearson(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "paired observations must be as many: " + x.length + " and " + y.length);
    }
    if (x.length < 2) {
      throw new IllegalArgumentException("a correlation needs at least 2 pairs");
    }
    return new PearsonsCorrelation().correlation(x, y);
  }

  private static double[] totals(double[][] items) {
    double[] totals = new double[items[0].length];
    for (double[] item : items) {
      for (int r = 0; r < totals.length; r++) {
        totals[r] += item[r];
      }
    }
    return totals;
  }

  private static int requireMatrix(double[][] items) {
    if (items.length < 2) {
      throw new IllegalArgumentException("a scale needs at least 2 items, not " + items.length);
    }
    int respondents = items[0].length;
    if (respondents < 2) {
      throw new IllegalArgumentException("at least 2 respondents are needed, not " + respondents);
    }
    for (double[] item : items) {
      if (item.length != respondents) {
        throw new IllegalArgumentException("every item needs an answer from every respondent");
      }
    }
    return items.length;
  }
}
