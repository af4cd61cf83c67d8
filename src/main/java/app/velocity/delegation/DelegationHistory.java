package app.velocity.delegation;

import app.velocity.delegation.analysis.Decision;
import app.velocity.delegation.analysis.Similarity;
import app.velocity.motivation.DriveScores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The executive's decided work turned into the analysis's input, from the snapshots alone: each
 * candidate counts with the profile the advisor showed at decision time, and each decision is
 * judged against the executive's own going-well scores recorded with it, so that a retake of the
 * inventory changes only the decisions made after it. A decision recorded before he had any profile
 * is judged against his first one, the measurement nearest to it in time and one that no later
 * retake changes. A past decision recorded later for a day before his first profile carries that
 * profile. {@link #beforeFirstProfile()} counts both kinds so that the page can say so.
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
 * @param executive the executive's going-well scores of his most recent decision; every decision
 *     also carries its own ({@link Decision#executive()})
 * @param withheld people who stopped sharing, each with whether they counted as alike
 * @param alikeShare per decision, the share of its candidates motivated like the executive then
 * @param beforeFirstProfile decisions made before the executive had a profile, judged against his
 *     first
 */
record DelegationHistory(
    DriveScores executive,
    Map<String, DriveScores> people,
    Map<String, Boolean> withheld,
    List<Decision> decisions,
    List<Double> alikeShare,
    int beforeFirstProfile) {

  /**
   * @param decided decided work, oldest first
   * @param first the executive's first going-well scores, for decisions recorded before he had any
   *     (null when he has no result)
   * @param firstOn the day he completed his first result (null when he has none)
   * @return null when there is no profile of the executive to compare with
   */
  static DelegationHistory of(List<WorkItem> decided, DriveScores first, LocalDate firstOn) {
    DriveScores latest = first;
    for (WorkItem w : decided) {
      if (w.decision().executiveGoingWell() != null) {
        latest = w.decision().executiveGoingWell();
      }
    }
    if (latest == null) {
      return null;
    }
    Map<String, DriveScores> people = new LinkedHashMap<>();
    Map<String, Boolean> withheld = new LinkedHashMap<>();
    List<Decision> decisions = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    int beforeFirst = 0;
    for (WorkItem w : decided) {
      List<WorkItem.Snapshot> considered = w.decision().considered();
      DriveScores me = w.decision().executiveGoingWell();
      if (considered.size() < 2
          || considered.stream().anyMatch(s -> s.withdrawn() && s.alike() == null)
          || (me == null && first == null)) {
        continue;
      }
      boolean judgedByFirst =
          me == null || (firstOn != null && w.decision().on().isBefore(firstOn));
      if (me == null) {
        me = first;
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
      decisions.add(new Decision(w.demand(), w.criticality(), ids, chosen, w.decision().on(), me));
      shares.add((double) alike / considered.size());
      if (judgedByFirst) {
        beforeFirst++;
      }
    }
    return new DelegationHistory(latest, people, withheld, decisions, shares, beforeFirst);
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
