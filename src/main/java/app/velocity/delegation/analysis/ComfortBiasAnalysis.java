package app.velocity.delegation.analysis;

import app.velocity.motivation.DriveScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.special.Erf;

/**
 * Measures an executive's comfort bias from his record of delegation decisions.
 *
 * <p>The odds ratio and the plain-word counts look at {@link Criticality#CRITICAL} decisions only,
 * because that is where handing work to the comfortable choice costs most and where the product
 * promises to look. Distances, fit given up and the share of decisions comparing three or more
 * candidates cover all decisions. The fit-controlled test uses all decisions, unweighted: every
 * choice says something about how the executive weighs fit against similarity, more decisions give
 * the test its power, and weighting the likelihood would break the chi-square calibration of the
 * likelihood-ratio test.
 *
 * <p>The work is done over flat primitive arrays, so that 100,000 decisions among 10,000 people
 * take well under a fifth of a second.
 */
public final class ComfortBiasAnalysis {

  /** How many of the most recent critical decisions the headline sentence counts. */
  public static final int RECENT_CRITICAL = 8;

  private ComfortBiasAnalysis() {}

  /**
   * Analyses a history of decisions, oldest first.
   *
   * @param executive the executive's going-well scores, for every decision that does not carry his
   *     scores at the time ({@link Decision#executive()})
   * @param people everyone a decision may name, by id, with their going-well scores
   * @param decisions the history, oldest first
   * @throws UnknownPerson when a decision names someone not in {@code people}
   * @throws ChosenNotAmongCandidates when a decision's chosen person was not a candidate
   */
  public static ComfortBiasReport analyse(
      DriveScores executive, Map<String, DriveScores> people, List<Decision> decisions) {
    return analyse(executive, people, Map.of(), decisions);
  }

  /**
   * The same for a history in which some candidates are withheld: people who stopped sharing their
   * result, of whom only whether they were motivated like the executive is kept. A decision that
   * weighed one of them counts in every measure of whom the work went to (the odds ratio and its
   * counts, the concentration of critical work, how often three or more were compared, the share to
   * people alike in the trend) and in none that needs a score (distances, fit given up, the
   * fit-controlled test), which are taken over the other decisions only ({@link
   * ComfortBiasReport#measuredDecisions()}).
   *
   * @param withheld the withheld people by id, each with whether they counted as alike
   */
  public static ComfortBiasReport analyse(
      DriveScores executive,
      Map<String, DriveScores> people,
      Map<String, Boolean> withheld,
      List<Decision> decisions) {
    Objects.requireNonNull(decisions, "decisions");
    Team team = new Team(executive, people, withheld);
    int n = decisions.size();

    int[] offsets = new int[n + 1];
    for (int t = 0; t < n; t++) {
      offsets[t + 1] = offsets[t] + decisions.get(t).candidateIds().size();
    }
    int slots = offsets[n];
    int[] person = new int[slots];
    int[] chosen = new int[n];
    boolean[] measured = new boolean[n];
    // each candidate is judged against the executive as he was at that decision, so that a retake
    // moves none of the figures of the decisions made before it
    double[] distance = new double[slots];
    boolean[] alike = new boolean[slots];
    int measuredCount = 0;
    for (int t = 0; t < n; t++) {
      Decision d = decisions.get(t);
      chosen[t] = offsets[t] + team.place(t, d, person, offsets[t]);
      team.judge(d.executive(), person, offsets[t], offsets[t + 1], distance, alike);
      measured[t] = true;
      for (int s = offsets[t]; s < offsets[t + 1]; s++) {
        measured[t] &= team.known[person[s]];
      }
      if (measured[t]) {
        measuredCount++;
      }
    }

    double[] fit = new double[slots];
    double[] closeness = new double[slots];
    int[] criticalWork = new int[team.size()];
    double sumToChosen = 0;
    double sumToRandom = 0;
    double sumToBest = 0;
    double sumGivenUp = 0;
    int threeOrMore = 0;
    int chosenAlike = 0;
    int chosenOther = 0;
    int passedAlike = 0;
    int passedOther = 0;
    int critical = 0;
    int recentCritical = 0;
    int recentAlike = 0;
    boolean[] criticalAndAlike = new boolean[n];
    double[] bestFit = new double[slots];
    double[] givenUp = new double[n];
    for (int t = 0; t < n; t++) {
      Decision d = decisions.get(t);
      int from = offsets[t];
      int to = offsets[t + 1];
      int c = chosen[t];
      int k = to - from;
      if (measured[t]) {
        DriveScores demand = d.demand();
        int best = from;
        long bestKey = Long.MIN_VALUE;
        double distanceSum = 0;
        for (int s = from; s < to; s++) {
          int p = person[s];
          double f = team.fit(p, demand);
          fit[s] = f;
          closeness[s] = -distance[s];
          distanceSum += distance[s];
          // the same tie rule as FitRanking: equal to six decimals, then the smaller id
          long key = Math.round(f * 1e6);
          if (key > bestKey
              || (key == bestKey && team.ids[p].compareTo(team.ids[person[best]]) < 0)) {
            best = s;
            bestKey = key;
          }
        }
        bestFit[best] = 1;
        sumToChosen += distance[c];
        sumToRandom += distanceSum / k;
        sumToBest += distance[best];
        givenUp[t] = Math.max(0, fit[best] - fit[c]);
        sumGivenUp += givenUp[t];
      } else {
        givenUp[t] = Double.NaN;
      }
      if (k >= 3) {
        threeOrMore++;
      }
      if (d.criticality() == Criticality.CRITICAL) {
        critical++;
        criticalWork[person[c]]++;
        for (int s = from; s < to; s++) {
          if (s == c) {
            if (alike[s]) {
              chosenAlike++;
            } else {
              chosenOther++;
            }
          } else if (alike[s]) {
            passedAlike++;
          } else {
            passedOther++;
          }
        }
        criticalAndAlike[t] = alike[c];
      }
    }
    for (int t = n - 1; t >= 0 && recentCritical < RECENT_CRITICAL; t--) {
      if (decisions.get(t).criticality() == Criticality.CRITICAL) {
        recentCritical++;
        if (criticalAndAlike[t]) {
          recentAlike++;
        }
      }
    }

    int criticalSlots = chosenAlike + chosenOther + passedAlike + passedOther;
    double alikeShare =
        criticalSlots == 0 ? 0 : (double) (chosenAlike + passedAlike) / criticalSlots;
    var oddsRatio = OddsRatio.fromTable(chosenAlike, chosenOther, passedAlike, passedOther);
    int m = measuredCount;
    ProfileDistances distances =
        m == 0
            ? new ProfileDistances(0, 0, 0)
            : new ProfileDistances(sumToChosen / m, sumToRandom / m, sumToBest / m);
    double meanGivenUp = m == 0 ? 0 : sumGivenUp / m;
    double gini = Gini.of(criticalWork);
    double shareThreeOrMore = n == 0 ? 0 : (double) threeOrMore / n;
    List<QuarterTrend> trend = trend(decisions, alike, chosen, givenUp);
    SimilarityEffect effect =
        m == n
            ? similarityEffect(offsets, chosen, fit, bestFit, closeness)
            : measuredOnly(measured, offsets, chosen, fit, bestFit, closeness);

    List<String> summary =
        Summary.sentences(
            n,
            m,
            critical,
            chosenAlike,
            alikeShare,
            recentCritical,
            recentAlike,
            oddsRatio,
            distances,
            meanGivenUp,
            gini,
            shareThreeOrMore,
            effect);
    return new ComfortBiasReport(
        n,
        m,
        critical,
        chosenAlike,
        alikeShare,
        oddsRatio,
        distances,
        meanGivenUp,
        gini,
        shareThreeOrMore,
        trend,
        effect,
        summary);
  }

  /** The fit-controlled test over the measured decisions alone, their slots packed together. */
  private static SimilarityEffect measuredOnly(
      boolean[] measured,
      int[] offsets,
      int[] chosen,
      double[] fit,
      double[] bestFit,
      double[] closeness) {
    int n = measured.length;
    int m = 0;
    int slots = 0;
    for (int t = 0; t < n; t++) {
      if (measured[t]) {
        m++;
        slots += offsets[t + 1] - offsets[t];
      }
    }
    int[] o = new int[m + 1];
    int[] c = new int[m];
    double[] f = new double[slots];
    double[] b = new double[slots];
    double[] x = new double[slots];
    int j = 0;
    for (int t = 0; t < n; t++) {
      if (!measured[t]) {
        continue;
      }
      int k = offsets[t + 1] - offsets[t];
      System.arraycopy(fit, offsets[t], f, o[j], k);
      System.arraycopy(bestFit, offsets[t], b, o[j], k);
      System.arraycopy(closeness, offsets[t], x, o[j], k);
      c[j] = o[j] + (chosen[t] - offsets[t]);
      o[j + 1] = o[j] + k;
      j++;
    }
    return similarityEffect(o, c, f, b, x);
  }

  private static List<QuarterTrend> trend(
      List<Decision> decisions, boolean[] alike, int[] chosen, double[] givenUp) {
    // quarters are counted as year * 4 + (quarter − 1) and kept in arrays from the first to the
    // last
    int n = decisions.size();
    int[] key = new int[n];
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (int t = 0; t < n; t++) {
      var date = decisions.get(t).decidedOn();
      if (date == null) {
        key[t] = Integer.MIN_VALUE;
        continue;
      }
      key[t] = date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
      first = Math.min(first, key[t]);
      last = Math.max(last, key[t]);
    }
    if (first > last) {
      return List.of();
    }
    int span = last - first + 1;
    int[] count = new int[span];
    int[] toAlike = new int[span];
    int[] measured = new int[span];
    double[] fitGivenUp = new double[span];
    for (int t = 0; t < n; t++) {
      if (key[t] == Integer.MIN_VALUE) {
        continue;
      }
      int q = key[t] - first;
      count[q]++;
      if (alike[chosen[t]]) {
        toAlike[q]++;
      }
      if (!Double.isNaN(givenUp[t])) {
        measured[q]++;
        fitGivenUp[q] += givenUp[t];
      }
    }
    var trend = new ArrayList<QuarterTrend>();
    for (int q = 0; q < span; q++) {
      if (count[q] > 0) {
        int k = first + q;
        trend.add(
            new QuarterTrend(
                Math.floorDiv(k, 4),
                Math.floorMod(k, 4) + 1,
                count[q],
                (double) toAlike[q] / count[q],
                measured[q] == 0 ? 0 : fitGivenUp[q] / measured[q],
                measured[q]));
      }
    }
    return trend;
  }

  /**
   * Fits the conditional logit of each choice on fit, best fit and closeness to the executive
   * (minus the profile distance), and tests the closeness coefficient with a one-sided Wald test:
   * {@code z = b / se(b)}, {@code p = 1 − Φ(z)}. One-sided because comfort bias has a direction,
   * toward people like the executive; a lean away from them is reported through the coefficient but
   * never flagged.
   *
   * <p>Fit enters twice: as a linear term and as "was the best fit of this decision". An executive
   * who picks the best fit most of the time and otherwise anyone is choosing by rank, not along a
   * straight line in fit; with the linear term alone, the part of that rank rule the line misses
   * leaks into any covariate correlated with fit, closeness included. The Wald test was preferred
   * to the likelihood-ratio test because, with 30 decisions, the latter fired for 6% of fair
   * executives at a nominal 5%, the Wald test for 4 to 5% (docs/comfort-bias.md). All covariates
   * are standardised over all slots.
   */
  static SimilarityEffect similarityEffect(
      int[] offsets, int[] chosen, double[] fit, double[] bestFit, double[] closeness) {
    int n = chosen.length;
    if (n < SimilarityEffect.MIN_DECISIONS) {
      return SimilarityEffect.notTested(n);
    }
    var logit =
        new ConditionalLogit(
            offsets, chosen, standardise(fit), standardise(bestFit), standardise(closeness));
    var model = logit.fit(3, new double[0]);
    double b = model.coefficients()[2];
    double se = model.standardErrors()[2];
    double z = se > 0 ? b / se : 0;
    double p = Math.min(1, Math.max(0, 0.5 * Erf.erfc(z / Math.sqrt(2))));
    return new SimilarityEffect(
        n,
        model.coefficients()[0],
        model.coefficients()[1],
        b,
        se,
        z,
        p,
        model.converged(),
        p < SimilarityEffect.ALPHA && b > 0);
  }

  /**
   * Turns the values into z-scores over all slots, in place, and returns the array; a constant
   * covariate becomes all zeros (it cannot explain any choice).
   */
  static double[] standardise(double[] x) {
    int m = x.length;
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= Math.max(1, m);
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / Math.max(1, m - 1));
    double scale = sd > 1e-12 ? 1 / sd : 0;
    for (int i = 0; i < m; i++) {
      x[i] = (x[i] - mean) * scale;
    }
    return x;
  }

  /** The plain-word sentences of a report. */
  static final class Summary {
    private Summary() {}

    static List<String> sentences(
        int decisions,
        int measured,
        int critical,
        int criticalToAlike,
        double alikeShare,
        int recentCritical,
        int recentAlike,
        Optional<OddsRatio> oddsRatio,
        ProfileDistances distances,
        double meanGivenUp,
        double gini,
        double shareThreeOrMore,
        SimilarityEffect effect) {
      var out = new ArrayList<String>();
      if (decisions == 0) {
        out.add("No delegation decisions are recorded yet, so there is nothing to measure.");
        return out;
      }
      if (critical > 0) {
        out.add(
            String.format(
                Locale.ROOT,
                "%d of your last %d critical %s went to people motivated like you.",
                recentAlike,
                recentCritical,
                recentCritical == 1 ? "piece of work" : "pieces of work"));
        String or =
            oddsRatio
                .map(
                    r ->
                        String.format(
                            Locale.ROOT,
                            " Their odds of being chosen were %.1f times those of the others (95%%"
                                + " interval %.1f to %.1f).",
                            r.estimate(),
                            r.lower(),
                            r.upper()))
                .orElse("");
        out.add(
            String.format(
                Locale.ROOT,
                "Over all %d critical decisions, %d (%.0f%%) went to people motivated like you,"
                    + " who made up %.0f%% of the candidates.%s",
                critical,
                criticalToAlike,
                100.0 * criticalToAlike / critical,
                100 * alikeShare,
                or));
      }
      if (measured > 0) {
        out.add(
            String.format(
                Locale.ROOT,
                "The person you chose was on average %.0f points from your own profile; a"
                    + " candidate picked at random would have been %.0f points away, and the"
                    + " best-fitting one %.0f.",
                distances.toChosen(),
                distances.toRandomCandidate(),
                distances.toBestFit()));
        out.add(
            meanGivenUp < 0.5
                ? "You nearly always chose the candidate who fitted the work best."
                : String.format(
                    Locale.ROOT,
                    "On average you gave up %.1f fit points per decision compared with the"
                        + " best-fitting candidate.",
                    meanGivenUp));
      }
      if (measured < decisions) {
        out.add(
            String.format(
                Locale.ROOT,
                "%d of your %d decisions weighed someone who has since stopped sharing their"
                    + " result with you: they count in whom the work went to, not in distances,"
                    + " fit given up or the test that allows for fit%s.",
                decisions - measured,
                decisions,
                measured == 0 ? ", so those cannot be measured at all" : ""));
      }
      if (critical > 0) {
        out.add(
            String.format(
                Locale.ROOT,
                "Critical work is %s spread across your people (Gini %.2f, where 0 is even and 1"
                    + " is one person doing all of it).",
                gini < 0.3 ? "fairly evenly" : gini < 0.6 ? "unevenly" : "very unevenly",
                gini));
      }
      out.add(
          String.format(
              Locale.ROOT,
              "You compared three or more candidates in %.0f%% of your decisions.",
              100 * shareThreeOrMore));
      if (!effect.tested()) {
        out.add(
            String.format(
                Locale.ROOT,
                "With %d decisions it is too early to tell whether similarity to you sways your"
                    + " choices; the test needs at least %d.",
                effect.decisions(),
                SimilarityEffect.MIN_DECISIONS));
      } else if (effect.biasDetected()) {
        out.add(
            String.format(
                Locale.ROOT,
                "Even after allowing for fit, your choices lean toward people motivated like you"
                    + " (one-sided p = %.3f): a pattern worth talking over with your coach.",
                effect.pValue()));
      } else {
        out.add(
            String.format(
                Locale.ROOT,
                "Once fit is taken into account, there is no clear sign that similarity to you"
                    + " sways your choices (one-sided p = %.2f).",
                effect.pValue()));
      }
      return out;
    }
  }
}
