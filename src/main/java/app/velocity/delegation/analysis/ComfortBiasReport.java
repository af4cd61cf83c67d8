package app.velocity.delegation.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an executive's delegation history says about comfort bias. See {@code docs/comfort-bias.md}
 * for every definition.
 *
 * @param decisions all decisions analysed
 * @param measuredDecisions those in which no candidate is withheld (stopped sharing their result):
 *     the distances, fit given up and the fit-controlled test are taken over these only
 * @param criticalDecisions those marked {@link Criticality#CRITICAL}
 * @param criticalToAlike critical decisions that went to someone motivated like the executive
 * @param alikeShareOfCriticalCandidates share of critical candidate slots held by such people: what
 *     {@code criticalToAlike / criticalDecisions} would be, roughly, if similarity did not matter
 * @param criticalOddsRatio the odds ratio over critical decisions; empty when undefined
 * @param meanDistances profile distance to the chosen person and its two baselines, over the
 *     measured decisions (zeros when there are none)
 * @param meanFitGivenUp mean over the measured decisions of best fit minus chosen fit, in fit
 *     points
 * @param criticalWorkGini how concentrated critical work is across the people given (0 = evenly)
 * @param shareComparingThreeOrMore share of all decisions with at least three candidates
 * @param trend quarters of dated decisions, oldest first
 * @param similarityEffect the fit-controlled test of bias, over all criticalities
 * @param summary plain-word sentences for the executive, with numbers
 */
public record ComfortBiasReport(
    int decisions,
    int measuredDecisions,
    int criticalDecisions,
    int criticalToAlike,
    double alikeShareOfCriticalCandidates,
    Optional<OddsRatio> criticalOddsRatio,
    ProfileDistances meanDistances,
    double meanFitGivenUp,
    double criticalWorkGini,
    double shareComparingThreeOrMore,
    List<QuarterTrend> trend,
    SimilarityEffect similarityEffect,
    List<String> summary) {

  public ComfortBiasReport {
    Objects.requireNonNull(criticalOddsRatio, "criticalOddsRatio");
    Objects.requireNonNull(meanDistances, "meanDistances");
    Objects.requireNonNull(similarityEffect, "similarityEffect");
    trend = List.copyOf(trend);
    summary = List.copyOf(summary);
    if (criticalDecisions > decisions
        || criticalToAlike > criticalDecisions
        || measuredDecisions < 0
        || measuredDecisions > decisions) {
      throw new IllegalArgumentException("counts are inconsistent");
    }
    if (!(criticalWorkGini >= 0 && criticalWorkGini <= 1)) {
      throw new IllegalArgumentException("a Gini coefficient lies in 0..1");
    }
  }

  /** Whether the fit-controlled test found a lean toward people like the executive. */
  public boolean biasDetected() {
    return similarityEffect.biasDetected();
  }
}
