package app.velocity.motivation;

import java.util.ArrayList;
import java.util.List;

/**
 * The region of the triangle a result's scores could equally have come out at: the ellipse of
 * profiles within {@code radius} standard errors of the scored point, in the metric of its {@link
 * ScoreError} (a Mahalanobis ball). Its reach along one drive is exactly radius × that drive's
 * standard error, so "the region stays inside a type region" is the same as "each score's interval
 * ± radius × standard error stays on its side of every threshold that region is bounded by", as
 * long as the ellipse lies inside the triangle. Near an edge of the triangle only the part inside
 * counts: there are no profiles beyond it.
 *
 * <p>Computed in the plane of the People and Performance scores (Process is 100 minus their sum):
 * the ellipse is the image of a disc under the Cholesky factor of the covariance, so whether it
 * reaches a polygon is whether the disc reaches the polygon mapped back, a point-to-polygon
 * distance.
 *
 * @param centre the scored profile
 * @param error the scores' measurement error
 * @param radius how many standard errors the region reaches, in every direction
 */
public record ConfidenceRegion(DriveScores centre, ScoreError error, double radius) {

  private static final double SLACK = 1e-9;

  public ConfidenceRegion {
    if (centre == null || error == null) {
      throw new IllegalArgumentException("a region needs a centre and an error");
    }
    if (!(radius > 0) || !Double.isFinite(radius)) {
      throw new IllegalArgumentException("the radius must be positive, not " + radius);
    }
    centre = centre.normalised();
  }

  /** How far the region reaches from the centre along one drive's score, in points. */
  public double reach(Drive drive) {
    return radius * error.standardError(drive);
  }

  /** How far the region reaches along the difference of two drives' scores, in points. */
  public double reachOfDifference(Drive a, Drive b) {
    return radius * error.standardErrorOfDifference(a, b);
  }

  /** Whether some profile of the region lies in this convex polygon (its boundary included). */
  public boolean reaches(List<DriveScores> polygon) {
    return distanceTo(polygon) <= radius + SLACK;
  }

  /**
   * The Mahalanobis distance, in standard errors, from the centre to the nearest profile of a
   * convex polygon; 0 when the centre lies in it.
   */
  public double distanceTo(List<DriveScores> polygon) {
    int n = polygon.size();
    double[] l = cholesky();
    double[] u = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      DriveScores s = polygon.get(i);
      u[i] = (s.people() - centre.people()) / l[0];
      v[i] = (s.performance() - centre.performance() - l[1] * u[i]) / l[2];
    }
    boolean inside = true;
    double sign = 0;
    double nearest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      double cross = u[i] * v[j] - v[i] * u[j];
      if (Math.abs(cross) > SLACK) {
        if (sign == 0) {
          sign = Math.signum(cross);
        } else if (Math.signum(cross) != sign) {
          inside = false;
        }
      }
      nearest = Math.min(nearest, toSegment(u[i], v[i], u[j], v[j]));
    }
    return inside ? 0 : nearest;
  }

  /**
   * The region's outline as a polygon of {@code corners} profiles, cut off where the ellipse would
   * leave the triangle (no profile lies outside it).
   */
  public List<DriveScores> outline(int corners) {
    if (corners < 8) {
      throw new IllegalArgumentException("an outline needs at least 8 corners, not " + corners);
    }
    double[] l = cholesky();
    List<double[]> ring = new ArrayList<>(corners);
    for (int i = 0; i < corners; i++) {
      double t = 2 * Math.PI * i / corners;
      double a = radius * Math.cos(t);
      double b = radius * Math.sin(t);
      ring.add(
          new double[] {centre.people() + l[0] * a, centre.performance() + l[1] * a + l[2] * b});
    }
    // Sutherland–Hodgman against People ≥ 0, Performance ≥ 0 and Process ≥ 0.
    for (int edge = 0; edge < 3; edge++) {
      ring = clip(ring, edge);
    }
    List<DriveScores> outline = new ArrayList<>(ring.size());
    for (double[] p : ring) {
      double people = Math.min(100, Math.max(0, p[0]));
      double performance = Math.min(100 - people, Math.max(0, p[1]));
      outline.add(new DriveScores(people, performance, 100 - people - performance));
    }
    return outline;
  }

  private static List<double[]> clip(List<double[]> ring, int edge) {
    List<double[]> out = new ArrayList<>(ring.size() + 2);
    for (int i = 0; i < ring.size(); i++) {
      double[] a = ring.get(i);
      double[] b = ring.get((i + 1) % ring.size());
      double ga = inside(a, edge);
      double gb = inside(b, edge);
      if (ga >= 0) {
        out.add(a);
      }
      if ((ga >= 0) != (gb >= 0)) {
        double t = ga / (ga - gb);
        out.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
      }
    }
    return out;
  }

  /** How far inside one edge of the triangle a (People, Performance) point is; negative outside. */
  private static double inside(double[] p, int edge) {
    return switch (edge) {
      case 0 -> p[0];
      case 1 -> p[1];
      default -> 100 - p[0] - p[1];
    };
  }

  /**
   * The lower Cholesky factor (l11, l21, l22) of the People–Performance covariance: it maps the
   * unit disc onto the error ellipse, and its inverse maps profiles to where the error is a unit
   * disc.
   */
  private double[] cholesky() {
    double l11 = Math.sqrt(error.people());
    double l21 = error.cross() / l11;
    double l22 = Math.sqrt(error.performance() - l21 * l21);
    return new double[] {l11, l21, l22};
  }

  private static double toSegment(double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double length = dx * dx + dy * dy;
    double t = length == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length));
    return Math.hypot(ax + t * dx, ay + t * dy);
  }
}
