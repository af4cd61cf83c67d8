package app.velocity.delegation.analysis;

/**
 * Mean profile distances from the executive, in score points, over all decisions.
 *
 * @param toChosen to the person chosen
 * @param toRandomCandidate to a candidate picked at random, i.e. the mean over each decision's
 *     candidates: what choosing blindly would give
 * @param toBestFit to each decision's best-fitting candidate: what choosing on fit alone would give
 */
public record ProfileDistances(double toChosen, double toRandomCandidate, double toBestFit) {

  public ProfileDistances {
    for (double v : new double[] {toChosen, toRandomCandidate, toBestFit}) {
      if (!(v >= 0)) {
        throw new IllegalArgumentException("distances are non-negative, not " + v);
      }
    }
  }
}
