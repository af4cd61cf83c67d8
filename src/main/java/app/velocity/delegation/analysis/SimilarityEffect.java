package app.velocity.delegation.analysis;

/**
 * The test of comfort bias that controls for fit: a conditional logit of each choice on three
 * covariates of each candidate, standardised over all candidate slots (fit, whether the candidate
 * was the decision's best fit, and closeness to the executive, i.e. minus the profile distance),
 * with a one-sided Wald test of the closeness coefficient.
 *
 * @param decisions decisions the model was fitted on
 * @param fitCoefficient change in log-odds of being chosen per standard deviation of fit
 * @param bestFitCoefficient extra log-odds (per standard deviation of the 0/1 indicator) for being
 *     the best-fitting candidate of the decision
 * @param similarityCoefficient change in log-odds per standard deviation of closeness to the
 *     executive, with fit held equal; positive means choices lean toward people like him
 * @param similarityStandardError Wald standard error of the similarity coefficient
 * @param waldZ the similarity coefficient over its standard error
 * @param pValue one-sided, {@code 1 − Φ(waldZ)}: the chance of a lean toward similar people at
 *     least this strong if similarity played no part beyond fit
 * @param converged whether the Newton–Raphson fit met its tolerance
 * @param biasDetected {@code pValue < 0.05} and a positive similarity coefficient
 */
public record SimilarityEffect(
    int decisions,
    double fitCoefficient,
    double bestFitCoefficient,
    double similarityCoefficient,
    double similarityStandardError,
    double waldZ,
    double pValue,
    boolean converged,
    boolean biasDetected) {

  /** The significance level of {@link #biasDetected()}. */
  public static final double ALPHA = 0.05;

  /** Fewer decisions than this are not tested: the model would say nothing reliable. */
  public static final int MIN_DECISIONS = 10;

  public SimilarityEffect {
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("a p-value lies in 0..1, not " + pValue);
    }
    if (biasDetected && !(pValue < ALPHA && similarityCoefficient > 0)) {
      throw new IllegalArgumentException("bias needs p < 0.05 and a positive coefficient");
    }
  }

  /** Too few decisions to test. */
  static SimilarityEffect notTested(int decisions) {
    return new SimilarityEffect(decisions, 0, 0, 0, Double.NaN, 0, 1, false, false);
  }

  /** Whether there were enough decisions to fit the model at all. */
  public boolean tested() {
    return decisions >= MIN_DECISIONS;
  }
}
