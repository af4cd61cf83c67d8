package app.velocity.motivation;

import static app.velocity.motivation.ModelSettings.EPSILON;

/**
 * Decides a going-well profile's {@link MotivationalType} and how far it lies from the nearest
 * boundary between two types.
 *
 * <h2>The rule</h2>
 *
 * Scores are first rescaled to sum exactly 100 ({@link DriveScores} tolerates a drift of 0.01).
 * With C = 33⅓:
 *
 * <ol>
 *   <li><b>Flexible</b> when |score − C| ≤ h + ε for every drive (the closed hexagon whose corners
 *       are the permutations of (C + h, C, C − h));
 *   <li>otherwise the drives with score &gt; C + ε name the type: one drive a single type, two a
 *       blend.
 * </ol>
 *
 * Outside the hexagon exactly one or two drives score above C: three cannot (they would sum to more
 * than 100), and none cannot either. If one score exceeds C + h it is itself above C; if one lies
 * below C − h − ε the other two sum to more than 2C + h + ε, so one exceeds C + (h + ε)/2 &gt; C +
 * ε because h ≥ {@link ModelSettings#MINIMUM_H} &gt; ε. {@link #typeOf} checks this and fails
 * loudly if it were ever violated.
 *
 * <h2>Distance to a boundary</h2>
 *
 * A move changes the scores by d with d_people + d_performance + d_process = 0; its size is the
 * largest single change, max |d_i|. The distance of a profile to the boundary is the smallest size
 * of a move that reaches a profile of another type (an infimum, so a profile on a boundary has
 * distance 0). Within the triangle the type boundaries are twelve straight pieces:
 *
 * <ul>
 *   <li>the six hexagon edges: score_i = C + h with score_j ∈ [C − h, C], and score_i = C − h with
 *       score_j ∈ [C, C + h];
 *   <li>six pieces of the lines score_i = C outside the hexagon, reaching the triangle's edges:
 *       score_j ∈ [C + h, 2C] and score_j ∈ [0, C − h];
 * </ul>
 *
 * (j is the drive after i in canonical order, cyclically.) Every piece separates two different
 * types, and a straight move to any profile of another type crosses a piece no farther away, so the
 * distance is the minimum over the pieces of the distance to each. For one piece on the line
 * score_i = c, every move reaching the line has size at least δ = |score_i − c|, and the moves of
 * exactly that size reach the line where score_j lies in the window [score_j − δ, score_j] (when c
 * is above score_i; [score_j, score_j + δ] when below), the other drives absorbing the change. If
 * the window meets the piece the distance is δ; otherwise, as the size of a move to the line is
 * convex along it and least on the window, it is the size of the move to the piece's end nearer the
 * window. So the distance is exact, computed with a few dozen arithmetic operations.
 */
public final class TypeRule {

  /** The centre score, 33⅓. */
  public static final double CENTRE = 100.0 / 3;

  private final ModelSettings settings;
  private final double h;

  public TypeRule(ModelSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings are required");
    }
    this.settings = settings;
    this.h = settings.h();
  }

  /** The type of these going-well scores. */
  public MotivationalType typeOf(DriveScores scores) {
    double sum = scores.people() + scores.performance() + scores.process();
    return typeOf(
        scores.people() * 100 / sum,
        scores.performance() * 100 / sum,
        scores.process() * 100 / sum);
  }

  /**
   * The smallest move (largest single change of a score, in points) that reaches a profile of
   * another type.
   */
  public double distanceToBoundary(DriveScores scores) {
    double sum = scores.people() + scores.performance() + scores.process();
    return distanceToBoundary(
        scores.people() * 100 / sum,
        scores.performance() * 100 / sum,
        scores.process() * 100 / sum);
  }

  /**
   * Whether the profile is described as leaning rather than as a firm type: it lies strictly closer
   * than the leaning margin to a type boundary (distance &lt; margin − ε). Equivalently, some move
   * changing no score by as much as the margin changes its type.
   */
  public boolean isLeaning(DriveScores scores) {
    return isLeaning(distanceToBoundary(scores));
  }

  boolean isLeaning(double distanceToBoundary) {
    return distanceToBoundary < settings.leaningMargin() - EPSILON;
  }

  /** The rule on scores already summing to 100. */
  MotivationalType typeOf(double people, double performance, double process) {
    if (Math.abs(people - CENTRE) <= h + EPSILON
        && Math.abs(performance - CENTRE) <= h + EPSILON
        && Math.abs(process - CENTRE) <= h + EPSILON) {
      return MotivationalType.FLEXIBLE;
    }
    int mask =
        (people > CENTRE + EPSILON ? 1 : 0)
            | (performance > CENTRE + EPSILON ? 2 : 0)
            | (process > CENTRE + EPSILON ? 4 : 0);
    MotivationalType type = MotivationalType.byMask(mask);
    if (type == null) {
      throw new IllegalStateException(
          "impossible profile outside the hexagon with "
              + Integer.bitCount(mask)
              + " scores above the centre: "
              + people
              + ", "
              + performance
              + ", "
              + process);
    }
    return type;
  }

  /** The distance on scores already summing to 100. */
  double distanceToBoundary(double people, double performance, double process) {
    double d = lineDistance(people, performance, process);
    d = Math.min(d, lineDistance(performance, process, people));
    return Math.min(d, lineDistance(process, people, performance));
  }

  /** The distance to the four pieces lying on lines score_i = constant. */
  private double lineDistance(double si, double sj, double sk) {
    double c = CENTRE;
    double d = piece(si, sj, sk, c + h, c - h, c);
    d = Math.min(d, piece(si, sj, sk, c - h, c, c + h));
    d = Math.min(d, piece(si, sj, sk, c, c + h, 2 * c));
    return Math.min(d, piece(si, sj, sk, c, 0, c - h));
  }

  /** The distance to the piece score_i = level, score_j ∈ [lo, hi]; scores sum to 100. */
  static double piece(double si, double sj, double sk, double level, double lo, double hi) {
    double delta = Math.abs(si - level);
    double windowLo;
    double windowHi;
    if (level >= si) {
      windowLo = sj - delta;
      windowHi = sj;
    } else {
      windowLo = sj;
      windowHi = sj + delta;
    }
    if (windowHi >= lo && windowLo <= hi) {
      return delta;
    }
    double qj = windowLo > hi ? hi : lo;
    double qk = 100 - level - qj;
    return Math.max(delta, Math.max(Math.abs(qj - sj), Math.abs(qk - sk)));
  }
}
