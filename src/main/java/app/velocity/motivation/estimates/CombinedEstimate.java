package app.velocity.motivation.estimates;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Several observers' estimates of one colleague, combined. Pass each estimator's latest estimate
 * only; the combination treats them as independent views.
 *
 * <pre>
 *   score_d    = Σ cᵢ · scoreᵢ_d / Σ cᵢ             (going well and conflict alike)
 *   confidence = min(MAXIMUM, 1 − Π (1 − cᵢ))
 *   spread     = the largest distance, in points, between two estimators' points
 * </pre>
 *
 * The confidence-weighted mean lets a close, long-standing colleague count for more than a recent
 * acquaintance. The combined confidence grows with every estimator, as averaging acquaintances'
 * judgements predicts behaviour better than any one of them; but observers share blind spots (they
 * see the same borrowed behaviour), so it is capped at {@link #MAXIMUM}, still below a self-report.
 *
 * @param estimators how many estimates were combined
 * @param goingWellSpread largest distance between two estimators' going-well points, in points
 * @param conflictSpread likewise for the conflict points
 * @param notes plain sentences on agreement between the estimators
 */
public record CombinedEstimate(
    Profile profile,
    double confidence,
    int estimators,
    double goingWellSpread,
    double conflictSpread,
    List<String> notes) {

  /** The highest confidence a combination can reach. */
  public static final double MAXIMUM = 0.9;

  /** Spreads above this many points are called a disagreement. */
  public static final double DISAGREEMENT = 15;

  public CombinedEstimate {
    if (profile == null || estimators < 1) {
      throw new IllegalArgumentException("a combined estimate needs a profile and an estimator");
    }
    notes = List.copyOf(notes == null ? List.of() : notes);
  }

  /** Combines estimates of the same colleague. */
  public static CombinedEstimate of(List<ObserverEstimate> estimates) {
    if (estimates == null || estimates.isEmpty()) {
      throw new IllegalArgumentException("there is no estimate to combine");
    }
    double miss = 1;
    for (ObserverEstimate e : estimates) {
      miss *= 1 - e.confidence();
    }
    double confidence = Math.min(MAXIMUM, 1 - miss);
    DriveScores goingWell = weightedMean(estimates, p -> p.goingWell());
    DriveScores conflict = weightedMean(estimates, p -> p.conflict());
    double wellSpread = spread(estimates, p -> p.goingWell());
    double conflictSpread = spread(estimates, p -> p.conflict());

    List<String> notes = new ArrayList<>();
    int k = estimates.size();
    if (k == 1) {
      notes.add("One estimate so far; a second person's view would steady it.");
    } else if (wellSpread > DISAGREEMENT) {
      notes.add(
          "The "
              + k
              + " estimates disagree: their going-well points lie up to "
              + Points.whole(wellSpread)
              + " points apart, so each person may see a different side of this colleague.");
    } else {
      notes.add(
          "The "
              + k
              + " estimates broadly agree: their going-well points lie within "
              + Points.whole(wellSpread)
              + " points of each other.");
    }
    if (k > 1 && conflictSpread > DISAGREEMENT) {
      notes.add(
          "Under conflict the estimates lie up to "
              + Points.whole(conflictSpread)
              + " points apart; treat the conflict sequence as a guess.");
    }
    return new CombinedEstimate(
        new Profile(goingWell, conflict), confidence, k, wellSpread, conflictSpread, notes);
  }

  private static DriveScores weightedMean(
      List<ObserverEstimate> estimates, Function<Profile, DriveScores> part) {
    double[] sum = new double[3];
    double weight = 0;
    for (ObserverEstimate e : estimates) {
      DriveScores s = part.apply(e.profile());
      for (Drive d : Drive.values()) {
        sum[d.ordinal()] += e.confidence() * s.of(d);
      }
      weight += e.confidence();
    }
    return new DriveScores(sum[0] / weight, sum[1] / weight, sum[2] / weight).normalised();
  }

  private static double spread(
      List<ObserverEstimate> estimates, Function<Profile, DriveScores> part) {
    double max = 0;
    for (int i = 0; i < estimates.size(); i++) {
      for (int j = i + 1; j < estimates.size(); j++) {
        max =
            Math.max(
                max,
                Points.between(
                    part.apply(estimates.get(i).profile()),
                    part.apply(estimates.get(j).profile())));
      }
    }
    return max;
  }
}
