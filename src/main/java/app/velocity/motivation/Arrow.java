package app.velocity.motivation;

/**
 * The arrow drawn on the triangle from the going-well point to the conflict point.
 *
 * <p>Its {@link #length()} is in score points: the Euclidean distance between the two score vectors
 * divided by √2, which equals 100 times the distance in the unit triangle. Moving k points from one
 * drive to another gives length k; the longest possible arrow, vertex to vertex, is 100.
 */
public record Arrow(TrianglePoint from, TrianglePoint to) {

  public Arrow {
    if (from == null || to == null) {
      throw new IllegalArgumentException("an arrow needs both ends");
    }
  }

  /** The arrow of a profile. */
  public static Arrow of(Profile profile) {
    return new Arrow(TrianglePoint.of(profile.goingWell()), TrianglePoint.of(profile.conflict()));
  }

  /** Length in score points, 0 to 100. */
  public double length() {
    return from.distanceTo(to) * 100;
  }

  /** How visibly the person changes under conflict. */
  public ArrowMagnitude magnitude() {
    return ArrowMagnitude.ofLength(length());
  }
}
