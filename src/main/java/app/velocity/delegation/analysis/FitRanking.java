package app.velocity.delegation.analysis;

import app.velocity.motivation.DriveScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** Ranks candidates for a piece of work by motivational fit, each with its reason. */
public final class FitRanking {

  private FitRanking() {}

  /**
   * Ranks the candidates, best fit first. Fits that agree to six decimals count as equal and are
   * ordered by id, so the same input always gives the same order.
   *
   * @throws IllegalArgumentException when two candidates share an id
   */
  public static List<RankedCandidate> rank(DriveScores demand, List<Candidate> candidates) {
    Objects.requireNonNull(demand, "demand");
    var ids = new HashSet<String>();
    for (Candidate c : candidates) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("candidate " + c.id() + " appears twice");
      }
    }
    record Scored(Candidate candidate, double fit, long key) {}
    var scored = new ArrayList<Scored>();
    for (Candidate c : candidates) {
      double fit = c.fitTo(demand);
      scored.add(new Scored(c, fit, Math.round(fit * 1e6)));
    }
    scored.sort(
        Comparator.comparingLong(Scored::key).reversed().thenComparing(s -> s.candidate().id()));
    var ranked = new ArrayList<RankedCandidate>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      ranked.add(
          new RankedCandidate(
              i + 1, s.candidate(), s.fit(), FitReasons.explain(s.candidate(), demand, s.fit())));
    }
    return List.copyOf(ranked);
  }
}
