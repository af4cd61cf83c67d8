package app.velocity.motivation.strengths;

import app.velocity.motivation.DriveScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the whole catalogue for one going-well profile.
 *
 * <p>Formula: every strength has a <em>home</em> point in the triangle, the centre moved toward its
 * drive mix by {@link #PULL}: {@code home_d = 33⅓ + PULL × (100 × weight_d − 33⅓)}. A profile
 * supports a strength the more, the closer it lies to that home:
 *
 * <pre>  distance = |profile − home| (Euclidean, in score points)
 *  support  = 100 × (1 − distance / (100 × √2))</pre>
 *
 * where 100 × √2 is the length of a side of the triangle, the largest distance possible. Strengths
 * are ordered by distance, then by catalogue order.
 *
 * <p>Why homes rather than a dot product: a dot product ranks a centre strength the same for every
 * profile, and a balanced profile would rank everything almost alike. With homes, a balanced
 * profile ranks the centre strengths first, and a pronounced profile the strengths of its drive.
 * {@code PULL} is below 1 so that single-drive homes sit where real profiles are (a vertex home
 * would be further from a clear People profile of 60/20/20 than the centre is).
 */
public final class StrengthRanking {

  /** How far a strength's home moves from the centre toward its mix. */
  public static final double PULL = 0.6;

  private static final double LONGEST = 100 * Math.sqrt(2);

  private StrengthRanking() {}

  /** Every strength of the catalogue, best supported first. */
  public static List<RankedStrength> rank(DriveScores goingWell) {
    List<Strength> catalogue = Strength.catalogue();
    List<Integer> order = new ArrayList<>();
    double[] distance = new double[catalogue.size()];
    for (int i = 0; i < catalogue.size(); i++) {
      distance[i] = goingWell.distanceTo(catalogue.get(i).mix().home(PULL));
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingDouble(i -> distance[i]).thenComparing(i -> i));
    List<RankedStrength> ranked = new ArrayList<>();
    for (int i : order) {
      double support = 100 * (1 - distance[i] / LONGEST);
      ranked.add(new RankedStrength(ranked.size() + 1, catalogue.get(i), support, distance[i]));
    }
    return List.copyOf(ranked);
  }

  /** The first {@code n} strengths of {@link #rank}. */
  public static List<RankedStrength> top(DriveScores goingWell, int n) {
    return rank(goingWell).subList(0, Math.min(n, Strength.catalogue().size()));
  }
}
