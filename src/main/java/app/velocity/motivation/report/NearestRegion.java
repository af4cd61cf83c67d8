package app.velocity.motivation.report;

import app.velocity.motivation.DriveScores;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.TypeRule;

/**
 * Which other type a going-well point is nearest to, for the "leaning" sentence. The model gives
 * the distance to the nearest boundary; this finds what lies across it by trying moves a little
 * longer than that distance all round the point (the moves of one size form a hexagon, because a
 * move's size is its largest single change).
 */
final class NearestRegion {

  private static final int STEPS = 96;

  private NearestRegion() {}

  static MotivationalType across(TypeRule rule, DriveScores point, double distance) {
    MotivationalType own = rule.typeOf(point);
    for (double size = distance + 0.05; size <= 100; size = size * 1.5 + 0.5) {
      MotivationalType found = scan(rule, point, own, size);
      if (found != null) {
        return found;
      }
    }
    return own;
  }

  private static MotivationalType scan(
      TypeRule rule, DriveScores point, MotivationalType own, double size) {
    int[] votes = new int[MotivationalType.values().length];
    // Hexagon corners of the move ball: (+s, -s, 0) and its permutations, in cyclic order.
    double[][] corners = {
      {size, -size, 0}, {size, 0, -size}, {0, size, -size},
      {-size, size, 0}, {-size, 0, size}, {0, -size, size}
    };
    for (int i = 0; i < STEPS; i++) {
      double t = (double) i / STEPS * 6;
      int k = (int) t;
      double f = t - k;
      double[] a = corners[k];
      double[] b = corners[(k + 1) % 6];
      double p = point.people() + a[0] + f * (b[0] - a[0]);
      double q = point.performance() + a[1] + f * (b[1] - a[1]);
      double r = 100 - p - q;
      if (p < 0 || q < 0 || r < 0 || p > 100 || q > 100 || r > 100) {
        continue;
      }
      MotivationalType type = rule.typeOf(new DriveScores(p, q, r));
      if (type != own) {
        votes[type.ordinal()]++;
      }
    }
    int best = -1;
    for (int i = 0; i < votes.length; i++) {
      if (votes[i] > 0 && (best < 0 || votes[i] > votes[best])) {
        best = i;
      }
    }
    return best < 0 ? null : MotivationalType.values()[best];
  }
}
