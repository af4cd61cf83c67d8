package app.velocity.motivation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The seven type regions of the triangle as convex polygons, each the closed set of going-well
 * profiles {@link TypeRule} gives that type (neighbours share their boundary). With C = 33⅓:
 *
 * <ul>
 *   <li>Flexible: the hexagon with corners at the permutations of (C + h, C, C − h);
 *   <li>single i: score_i ≥ C + h and the other two ≤ C, a pentagon reaching vertex i;
 *   <li>blend of i and j: both ≥ C and the third ≤ C − h, a quadrilateral on the edge between them.
 * </ul>
 *
 * Each region is an intersection of half-planes bounding one score, which is what lets {@link
 * ConfidenceRegion} decide exactly whether an ellipse stays inside one.
 */
public final class TypeRegions {

  private final Map<MotivationalType, List<DriveScores>> polygons =
      new EnumMap<>(MotivationalType.class);

  public TypeRegions(ModelSettings settings) {
    double c = TypeRule.CENTRE;
    double h = settings.h();
    double hi = c + h;
    double lo = c - h;
    polygons.put(
        MotivationalType.FLEXIBLE,
        List.of(
            at(0, hi, 1, c, 2, lo),
            at(0, hi, 1, lo, 2, c),
            at(0, c, 1, lo, 2, hi),
            at(0, lo, 1, c, 2, hi),
            at(0, lo, 1, hi, 2, c),
            at(0, c, 1, hi, 2, lo)));
    for (Drive d : Drive.values()) {
      int i = d.ordinal();
      int j = (i + 1) % 3;
      int k = (i + 2) % 3;
      polygons.put(
          MotivationalType.naming(java.util.EnumSet.of(d)),
          List.of(
              at(i, 100, j, 0, k, 0),
              at(i, 2 * c, j, c, k, 0),
              at(i, hi, j, c, k, lo),
              at(i, hi, j, lo, k, c),
              at(i, 2 * c, j, 0, k, c)));
      // the blend of the two drives other than d, on the edge opposite d's vertex
      polygons.put(
          MotivationalType.naming(java.util.EnumSet.of(Drive.values()[j], Drive.values()[k])),
          List.of(
              at(j, 2 * c, k, c, i, 0),
              at(j, c, k, 2 * c, i, 0),
              at(j, c, k, hi, i, lo),
              at(j, hi, k, c, i, lo)));
    }
  }

  /** The corners of a type's region, in order around it. */
  public List<DriveScores> polygon(MotivationalType type) {
    return polygons.get(type);
  }

  private static DriveScores at(int i, double vi, int j, double vj, int k, double vk) {
    double[] s = new double[3];
    s[i] = vi;
    s[j] = vj;
    s[k] = vk;
    return new DriveScores(s[0], s[1], Math.max(0, 100 - s[0] - s[1]));
  }
}
