package app.velocity.delegation.analysis;

import java.util.Arrays;

/** The Gini coefficient of non-negative amounts: 0 when equal, (n−1)/n when one holds all. */
final class Gini {

  private Gini() {}

  /** {@code Σ_i Σ_j |x_i − x_j| / (2 n² mean)}, computed from the sorted values in O(n log n). */
  static double of(int[] amounts) {
    int n = amounts.length;
    if (n == 0) {
      return 0;
    }
    int[] x = amounts.clone();
    Arrays.sort(x);
    if (x[0] < 0) {
      throw new IllegalArgumentException("amounts cannot be negative");
    }
    double total = 0;
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      total += x[i];
      weighted += (double) (i + 1) * x[i];
    }
    if (total == 0) {
      return 0;
    }
    return Math.max(0, 2 * weighted / (n * total) - (n + 1.0) / n);
  }
}
