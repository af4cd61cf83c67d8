package app.velocity.delegation.analysis;

import app.velocity.motivation.DriveScores;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A sentence shown before a decision when the executive's recent critical work has gone to people
 * motivated like him far more often than their place among the candidates explains.
 *
 * <p>The rule: among the last {@value #WINDOW} critical decisions (fewer if there are fewer), at
 * least {@value #MIN_TO_ALIKE} went to someone motivated like the executive, <em>and</em> that
 * share exceeds the share such people held among those decisions' candidates by at least {@value
 * #MIN_EXCESS_POINTS} percentage points. The first clause keeps a nudge from resting on two or
 * three decisions; the second keeps it quiet for an executive whose team is mostly like him.
 *
 * @param recentCritical critical decisions looked at
 * @param toAlike of these, how many went to someone motivated like the executive
 * @param alikeCandidateShare mean share of such people among those decisions' candidates
 */
public record Nudge(String sentence, int recentCritical, int toAlike, double alikeCandidateShare) {

  public static final int WINDOW = 8;
  public static final int MIN_TO_ALIKE = 5;
  public static final int MIN_EXCESS_POINTS = 25;

  public Nudge {
    Objects.requireNonNull(sentence, "sentence");
    if (toAlike > recentCritical || recentCritical > WINDOW) {
      throw new IllegalArgumentException("counts are inconsistent");
    }
  }

  /**
   * The nudge the history calls for, if any.
   *
   * @param history decisions, oldest first
   * @throws UnknownPerson when a decision names someone not in {@code people}
   * @throws ChosenNotAmongCandidates when a decision's chosen person was not a candidate
   */
  public static Optional<Nudge> from(
      List<Decision> history, DriveScores executive, Map<String, DriveScores> people) {
    return from(history, executive, people, Map.of());
  }

  /**
   * The same for a history in which some candidates are withheld (they stopped sharing their
   * result): the rule needs only whether each candidate was motivated like the executive, which is
   * all that is kept of them.
   *
   * @param withheld the withheld people by id, each with whether they counted as alike
   */
  public static Optional<Nudge> from(
      List<Decision> history,
      DriveScores executive,
      Map<String, DriveScores> people,
      Map<String, Boolean> withheld) {
    Team team = new Team(executive, people, withheld);
    int[] scratch = new int[16];
    double[] distance = new double[16];
    boolean[][] alikeAt = new boolean[history.size()][];
    int[] chosenAt = new int[history.size()];
    for (int t = 0; t < history.size(); t++) {
      Decision d = history.get(t);
      int k = d.candidateIds().size();
      if (scratch.length < k) {
        scratch = new int[k];
        distance = new double[k];
      }
      chosenAt[t] = team.place(t, d, scratch, 0);
      // judged against the executive as he was at that decision
      alikeAt[t] = new boolean[k];
      team.judge(d.executive(), scratch, 0, k, distance, alikeAt[t]);
    }
    int looked = 0;
    int toAlike = 0;
    double shareSum = 0;
    for (int t = history.size() - 1; t >= 0 && looked < WINDOW; t--) {
      if (history.get(t).criticality() != Criticality.CRITICAL) {
        continue;
      }
      looked++;
      boolean[] candidates = alikeAt[t];
      int alike = 0;
      for (boolean a : candidates) {
        if (a) {
          alike++;
        }
      }
      shareSum += (double) alike / candidates.length;
      if (candidates[chosenAt[t]]) {
        toAlike++;
      }
    }
    if (looked == 0) {
      return Optional.empty();
    }
    double candidateShare = shareSum / looked;
    double chosenShare = (double) toAlike / looked;
    if (toAlike < MIN_TO_ALIKE || 100 * (chosenShare - candidateShare) < MIN_EXCESS_POINTS) {
      return Optional.empty();
    }
    String sentence =
        String.format(
            Locale.ROOT,
            "Before you choose: %d of your last %d critical pieces of work went to people"
                + " motivated like you, though they were only %.0f%% of the candidates. Look at"
                + " who fits this work best, not who feels easiest to hand it to.",
            toAlike,
            looked,
            100 * candidateShare);
    return Optional.of(new Nudge(sentence, looked, toAlike, candidateShare));
  }
}
