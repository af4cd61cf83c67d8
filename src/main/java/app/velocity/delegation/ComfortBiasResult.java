package app.velocity.delegation;

import app.velocity.delegation.analysis.ComfortBiasReport;
import app.velocity.delegation.analysis.OddsRatio;
import app.velocity.delegation.analysis.QuarterTrend;
import app.velocity.delegation.analysis.SimilarityEffect;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code POST /api/v1/analysis/comfort-bias}: the metrics of a {@link
 * ComfortBiasReport} under stable JSON names. Definitions are in {@code docs/comfort-bias.md} and
 * {@code docs/api-analysis.md}; values that are undefined are {@code null}, never NaN.
 */
@Schema(name = "ComfortBias")
record ComfortBiasResult(
    @Schema(description = "Decisions analysed") int decisions,
    @Schema(
            description =
                "Of which measured: none of their candidates stopped sharing their result with"
                    + " you. meanDistance, fitGivenUp and the similarity test are over these")
        int measuredDecisions,
    @Schema(description = "Of which CRITICAL") int criticalDecisions,
    @Schema(description = "Critical decisions that went to someone motivated like you")
        int criticalToAlike,
    @Schema(
            description =
                "Share of the critical candidate slots held by people motivated like you: what"
                    + " criticalToAlike / criticalDecisions would roughly be if similarity did"
                    + " not matter")
        double alikeShareOfCriticalCandidates,
    @Schema(
            description =
                "Odds of a 'motivated like you' candidate being chosen for critical work over the"
                    + " odds of anyone else; null when undefined (no critical decisions, or"
                    + " nobody alike or nobody else among the candidates)",
            nullable = true)
        OddsRatioJson oddsRatio,
    @Schema(description = "null when no decision is measured", nullable = true)
        MeanDistance meanDistance,
    @Schema(
            description =
                "Mean of best fit minus chosen fit per measured decision, in fit points (0..100);"
                    + " null when no decision is measured",
            nullable = true)
        Double fitGivenUp,
    @Schema(description = "Gini coefficient of critical work over the people given; 0 = even")
        double gini,
    @Schema(description = "Share of decisions in which 3 or more candidates were compared")
        double shareComparedThreeOrMore,
    @Schema(description = "Dated decisions by calendar quarter, oldest first") List<Quarter> trend,
    Similarity similarity,
    @Schema(
            description =
                "One-sided p-value of the fit-controlled test; 1 when there are too few decisions"
                    + " to test (fewer than 10)")
        double pValue,
    @Schema(description = "pValue < 0.05 and similarity pushing toward people like you")
        boolean biasDetected,
    @Schema(description = "The findings in plain words, with their numbers") List<String> summary,
    @Schema(
            description =
                "True when a triple given summed to 100 only within rounding (1.5) and was"
                    + " rescaled to 100 before the analysis")
        boolean normalised,
    @ArraySchema(
            arraySchema =
                @Schema(
                    description =
                        "The rescaled triples, the first "
                            + MAX_RESCALED_LISTED
                            + " in the order of the request, with the scores used"))
        List<RescaledJson> rescaled) {

  static final int MAX_RESCALED_LISTED = 100;

  @Schema(name = "ComfortBiasRescaled")
  record RescaledJson(
      @Schema(example = "decisions[3].demand") String field, Map<String, Double> scores) {}

  @Schema(name = "ComfortBiasOddsRatio")
  record OddsRatioJson(
      double estimate,
      Interval ci95,
      @Schema(description = "0.5 was added to every cell because one was zero") boolean corrected,
      Table table) {}

  @Schema(name = "ComfortBiasInterval", description = "Woolf's 95% interval")
  record Interval(double low, double high) {}

  @Schema(
      name = "ComfortBiasTable",
      description = "Candidate slots of critical decisions: chosen or passed over, alike or not")
  record Table(int chosenAlike, int chosenOther, int passedOverAlike, int passedOverOther) {}

  @Schema(
      name = "ComfortBiasDistance",
      description = "Mean profile distance from you, in score points, over measured decisions")
  record MeanDistance(
      @Schema(description = "To the person chosen") double chosen,
      @Schema(description = "To a candidate picked at random") double random,
      @Schema(description = "To the best-fitting candidate") double bestFit) {}

  @Schema(name = "ComfortBiasQuarter")
  record Quarter(
      @Schema(example = "2026-Q1") String quarter,
      int year,
      @Schema(description = "1..4") int number,
      int decisions,
      @Schema(description = "Share that went to someone motivated like you") double shareToAlike,
      @Schema(
              description =
                  "Mean fit given up in the quarter's measured decisions; null when none is"
                      + " measured",
              nullable = true)
          Double fitGivenUp) {}

  @Schema(
      name = "ComfortBiasSimilarity",
      description =
          "Conditional logit of each choice on fit, best fit and closeness to you (standardised),"
              + " over all decisions; the test of bias looks at the closeness coefficient")
  record Similarity(
      @Schema(description = "Whether there were enough decisions (10) to fit the model")
          boolean tested,
      @Schema(description = "Log-odds per standard deviation of closeness to you, fit held equal")
          double coefficient,
      @Schema(description = "Wald standard error of the coefficient; null when not tested")
          Double standardError,
      @Schema(description = "coefficient / standardError") double z,
      double fitCoefficient,
      double bestFitCoefficient,
      @Schema(description = "Whether the model fit met its tolerance") boolean converged) {}

  static ComfortBiasResult of(ComfortBiasReport r) {
    return of(r, List.of());
  }

  static ComfortBiasResult of(ComfortBiasReport r, List<ComfortBiasRequest.Rescaled> rescaled) {
    SimilarityEffect e = r.similarityEffect();
    return new ComfortBiasResult(
        r.decisions(),
        r.measuredDecisions(),
        r.criticalDecisions(),
        r.criticalToAlike(),
        r.alikeShareOfCriticalCandidates(),
        r.criticalOddsRatio().map(ComfortBiasResult::oddsRatio).orElse(null),
        r.measuredDecisions() == 0
            ? null
            : new MeanDistance(
                r.meanDistances().toChosen(),
                r.meanDistances().toRandomCandidate(),
                r.meanDistances().toBestFit()),
        r.measuredDecisions() == 0 ? null : r.meanFitGivenUp(),
        r.criticalWorkGini(),
        r.shareComparingThreeOrMore(),
        r.trend().stream().map(ComfortBiasResult::quarter).toList(),
        new Similarity(
            e.tested(),
            e.similarityCoefficient(),
            Double.isFinite(e.similarityStandardError()) ? e.similarityStandardError() : null,
            e.waldZ(),
            e.fitCoefficient(),
            e.bestFitCoefficient(),
            e.converged()),
        e.pValue(),
        r.biasDetected(),
        r.summary(),
        !rescaled.isEmpty(),
        rescaled.stream()
            .limit(MAX_RESCALED_LISTED)
            .map(x -> new RescaledJson(x.field(), DelegationApi.scores(x.scores())))
            .toList());
  }

  private static OddsRatioJson oddsRatio(OddsRatio o) {
    return new OddsRatioJson(
        o.estimate(),
        new Interval(o.lower(), o.upper()),
        o.corrected(),
        new Table(o.chosenAlike(), o.chosenOther(), o.passedOverAlike(), o.passedOverOther()));
  }

  private static Quarter quarter(QuarterTrend q) {
    return new Quarter(
        q.label(),
        q.year(),
        q.quarter(),
        q.decisions(),
        q.shareToAlike(),
        q.measured() == 0 ? null : q.meanFitGivenUp());
  }
}
