package app.velocity.motivation;

/**
 * The measurement error of one part's three scores: the covariance of the People and Performance
 * scores, in score points², as one respondent's own answers estimate it. The Process score is 100
 * minus the other two, so its variance and covariances follow from these three numbers.
 *
 * <p>A part's score is the mean of its items' points times 10, so its error variance is the item
 * spread times 100 over the number of items. The item spread is first pooled with a prior of
 * {@value #PRIOR_ITEMS} items at the reference inconsistency of {@value #PRIOR_ITEM_SD} points per
 * ending (an answer drawn from the simulation's reference noise, σ = 0.20 of the 10 points), with
 * the covariance of a constant sum (−½ of the variance): someone who splits every item identically
 * still gets a small error, not none, because a few dozen identical answers are evidence of
 * consistency, not proof of it. With 48 items the prior weighs as much as 4 of 51 degrees of
 * freedom.
 *
 * @param people variance of the People score
 * @param performance variance of the Performance score
 * @param cross covariance of the People and Performance scores
 */
public record ScoreError(double people, double performance, double cross) {

  /** Pseudo-items of the prior the respondent's item spread is pooled with. */
  public static final int PRIOR_ITEMS = 4;

  /** The prior's spread of an ending's points, in points. */
  public static final double PRIOR_ITEM_SD = 2;

  public ScoreError {
    if (!(people > 0) || !(performance > 0) || !Double.isFinite(people + performance + cross)) {
      throw new IllegalArgumentException("error variances must be finite and positive");
    }
    if (cross * cross >= people * performance || people + performance + 2 * cross <= 0) {
      throw new IllegalArgumentException("the error covariance must be positive definite");
    }
  }

  /** The error of a part's scores from the spread of its answers (see the class comment). */
  public static ScoreError of(ItemSpread spread) {
    int k = spread.items();
    double prior = PRIOR_ITEM_SD * PRIOR_ITEM_SD;
    double weight = PRIOR_ITEMS + k - 1.0;
    double scale = 100.0 / k;
    return new ScoreError(
        scale * (PRIOR_ITEMS * prior + (k - 1) * spread.people()) / weight,
        scale * (PRIOR_ITEMS * prior + (k - 1) * spread.performance()) / weight,
        scale * (PRIOR_ITEMS * -prior / 2 + (k - 1) * spread.cross()) / weight);
  }

  /** The error of a part's scores straight from its answers, one row per item. */
  public static ScoreError of(int[][] items) {
    return of(ItemSpread.of(items));
  }

  /** The covariance of two drives' scores (a variance when they are the same drive). */
  public double covariance(Drive a, Drive b) {
    return switch (a) {
      case PEOPLE ->
          switch (b) {
            case PEOPLE -> people;
            case PERFORMANCE -> cross;
            case PROCESS -> -people - cross;
          };
      case PERFORMANCE ->
          switch (b) {
            case PEOPLE -> cross;
            case PERFORMANCE -> performance;
            case PROCESS -> -performance - cross;
          };
      case PROCESS ->
          switch (b) {
            case PEOPLE -> -people - cross;
            case PERFORMANCE -> -performance - cross;
            case PROCESS -> people + performance + 2 * cross;
          };
    };
  }

  /** The standard error of one drive's score, in points. */
  public double standardError(Drive drive) {
    return Math.sqrt(covariance(drive, drive));
  }

  /** The standard error of the difference between two drives' scores, in points. */
  public double standardErrorOfDifference(Drive a, Drive b) {
    return Math.sqrt(Math.max(0, covariance(a, a) + covariance(b, b) - 2 * covariance(a, b)));
  }

  /** The sum of two independent errors: the error of a difference between two results. */
  public ScoreError plus(ScoreError other) {
    return new ScoreError(
        people + other.people, performance + other.performance, cross + other.cross);
  }

  /**
   * The squared Mahalanobis length of a change of scores under this error: how many standard errors
   * the change is, counted in every direction at once. Only the People and Performance changes are
   * needed; Process moves by minus their sum.
   */
  double mahalanobisSquared(double dPeople, double dPerformance) {
    double det = people * performance - cross * cross;
    return (performance * dPeople * dPeople
            - 2 * cross * dPeople * dPerformance
            + people * dPerformance * dPerformance)
        / det;
  }
}
