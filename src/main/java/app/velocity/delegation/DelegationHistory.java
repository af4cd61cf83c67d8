package app.velocity.delegation;

import app.velocity.delegation.analysis.Decision;
import app.velocity.delegation.analysis.Similarity;
import app.velocity.motivation.DriveScores;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The executive's decided work turned into the analysis's input, from the snapshots alone: each
 * candidate counts with the profile the advisor showed at decision time.
 *
 * <p>The analysis knows one profile per id. A colleague whose profile changed between two decisions
 * (a retake) therefore enters once per profile, under the id {@code person@scores}; for everyone
 * else that is one entry per person. Decisions in which fewer than two candidates were considered
 * say nothing about a choice and are left out.
 *
 * <p>A colleague who stopped sharing their result enters without scores, under {@code
 * person@withdrawn@alike}, with whether they were motivated like the executive at the time of the
 * decision (all that is kept of them); a decision that weighed one of whom even that is unknown
 * (the executive had no profile then) is left out.
 *
 * @param executive the executive's going-well scores recorded with his most recent decision
 * @param withheld people who stopped sharing, each with whether they counted as alike
 * @param alikeShare per decision, the share of its candidates motivated like the executive
 */
record DelegationHistory(
    DriveScores executive,
    Map<String, DriveScores> people,
    Map<String, Boolean> withheld,
    List<Decision> decisions,
    List<Double> alikeShare) {

  /**
   * @param decided decided work, oldest first
   * @param fallback the executive's current going-well scores, used when no decision recorded them
   *     (may be null)
   * @return null when there is no profile of the executive to compare with
   */
  static DelegationHistory of(List<WorkItem> decided, DriveScores fallback) {
    DriveScores me = fallback;
    for (WorkItem w : decided) {
      if (w.decision().executiveGoingWell() != null) {
        me = w.decision().executiveGoingWell();
      }
    }
    if (me == null) {
      return null;
    }
    Map<String, DriveScores> people = new LinkedHashMap<>();
    Map<String, Boolean> withheld = new LinkedHashMap<>();
    List<Decision> decisions = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (WorkItem w : decided) {
      List<WorkItem.Snapshot> considered = w.decision().considered();
      if (considered.size() < 2
          || considered.stream().anyMatch(s -> s.withdrawn() && s.alike() == null)) {
        continue;
      }
      List<String> ids = new ArrayList<>(considered.size());
      String chosen = null;
      int alike = 0;
      for (WorkItem.Snapshot s : considered) {
        String id;
        boolean isAlike;
        if (s.withdrawn()) {
          isAlike = s.alike();
          // as with a retake, a person judged alike in one decision and not in another (the
          // executive's own profile changed) enters once per judgement
          id = s.person().value() + "@withdrawn@" + isAlike;
          withheld.putIfAbsent(id, isAlike);
        } else {
          DriveScores scores = s.profile().goingWell();
          id = key(s, scores);
          people.putIfAbsent(id, scores);
          isAlike = Similarity.motivatedAlike(me, scores);
        }
        ids.add(id);
        if (s.person().equals(w.decision().chosen())) {
          chosen = id;
        }
        if (isAlike) {
          alike++;
        }
      }
      if (chosen == null) {
        continue;
      }
      decisions.add(new Decision(w.demand(), w.criticality(), ids, chosen, w.decision().on()));
      shares.add((double) alike / considered.size());
    }
    return new DelegationHistory(me, people, withheld, decisions, shares);
  }

  private static String key(WorkItem.Snapshot s, DriveScores scores) {
    return String.format(
        Locale.ROOT,
        "%s@%.3f/%.3f/%.3f",
        s.person().value(),
        scores.people(),
        scores.performance(),
        scores.process());
  }
}
