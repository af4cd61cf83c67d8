package app.velocity.coaching.goals;

import java.util.List;

/**
 * The combined goal-attainment T-score of Kiresuk and Sherman (1968):
 *
 * <pre>
 *   T = 50 + 10 * Σ wᵢxᵢ / sqrt((1 - ρ) Σ wᵢ² + ρ (Σ wᵢ)²)
 * </pre>
 *
 * where xᵢ is goal i's level (-2..+2), wᵢ its weight and ρ the assumed correlation between the
 * goals' scores, 0.3 by convention. Under the formula's assumptions (levels with mean 0 and
 * standard deviation 1) T has mean 50 and standard deviation 10: every goal exactly at the expected
 * level gives 50, and a single goal gives 50 + 10x whatever ρ.
 */
public final class GoalAttainment {

  /** The conventional correlation between goals. */
  public static final double DEFAULT_RHO = 0.3;

  private GoalAttainment() {}

  /** The T-score with ρ = 0.3. */
  public static double tScore(List<Attainment> goals) {
    return tScore(goals, DEFAULT_RHO);
  }

  public static double tScore(List<Attainment> goals, double rho) {
    if (goals == null || goals.isEmpty()) {
      throw new IllegalArgumentException("a T-score needs at least one scored goal");
    }
    if (!(rho >= 0 && rho < 1)) {
      throw new IllegalArgumentException("ρ must lie in [0, 1), not " + rho);
    }
    double weighted = 0;
    double sumOfSquares = 0;
    double sum = 0;
    for (Attainment goal : goals) {
      weighted += goal.weight() * goal.level().score();
      sumOfSquares += goal.weight() * goal.weight();
      sum += goal.weight();
    }
    return 50 + 10 * weighted / Math.sqrt((1 - rho) * sumOfSquares + rho * sum * sum);
  }
}
