package app.velocity.motivation.estimates;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One observer's estimate of a colleague's profile, with its confidence (see {@link
 * EstimateConfidence}). Never a self-reported result: drawn hollow, never merged into one.
 *
 * <h2>From answers to scores</h2>
 *
 * Going well: of the n going-well questions answered, n_d picked the option of drive d. With a
 * prior of {@link #PRIOR} answers spread evenly (so that few answers stay near the centre),
 *
 * <pre>
 *   p_d = (n_d + PRIOR/3) / (n + PRIOR)
 *   score_d = 100 × ((1 − SPREAD)/3 + SPREAD × p_d)   = 13⅓ + 60 p_d
 * </pre>
 *
 * A pick says which drive shows <em>most</em>, not that the others are absent, so the proportions
 * are drawn toward the centre by {@link #SPREAD}: picking Performance on all eight going-well
 * questions gives People 17⅓, Performance 65⅓, Process 17⅓, a strong but not extreme profile.
 *
 * <p>Conflict: each conflict answer casts a vote of total weight 1 according to the stage its
 * moment reveals. A first move gives the picked drive 1; what follows if the conflict continues
 * gives the picked drive ½ and the others ¼ each (it is the middle drive); the last resort of a
 * long dispute gives the picked drive 0 and the others ½ each (it is the least-used drive). With
 * V_d the votes, m the conflict answers and p the going-well proportions above,
 *
 * <pre>
 *   q_d = (V_d + PRIOR × p_d) / (m + PRIOR)
 *   conflict_d = 13⅓ + 60 q_d
 * </pre>
 *
 * so the conflict estimate starts from the going-well one and moves away from it only as conflict
 * answers come in; with no conflict answer it equals the going-well estimate. With fewer than
 * {@link #MIN_CONFLICT_ANSWERS} conflict answers the estimate says so.
 *
 * @param version the questionnaire version answered
 * @param profile the estimated scores
 * @param confidence in (0, {@link EstimateConfidence#MAXIMUM}]
 * @param conflictLeansOnGoingWell fewer than {@link #MIN_CONFLICT_ANSWERS} conflict answers, so the
 *     conflict scores are mostly the going-well estimate
 * @param notes plain sentences on what limits this estimate
 */
public record ObserverEstimate(
    String version,
    Profile profile,
    double confidence,
    int goingWellAnswered,
    int goingWellAsked,
    int conflictAnswered,
    int conflictAsked,
    boolean conflictLeansOnGoingWell,
    List<String> notes) {

  /** Pseudo-answers spread evenly (going well) or as the going-well estimate (conflict). */
  public static final double PRIOR = 2;

  /** How far proportions of picks reach toward a corner: 1 would let all picks mean 100. */
  public static final double SPREAD = 0.6;

  /** Fewer going-well answers than this give no estimate. */
  public static final int MIN_GOING_WELL_ANSWERS = 3;

  /** Fewer conflict answers than this are flagged. */
  public static final int MIN_CONFLICT_ANSWERS = 2;

  public ObserverEstimate {
    if (profile == null || version == null) {
      throw new IllegalArgumentException("an estimate needs a profile and a questionnaire version");
    }
    if (!(confidence > 0 && confidence <= EstimateConfidence.MAXIMUM + 1e-12)) {
      throw new IllegalArgumentException(
          "an estimate's confidence lies in (0, "
              + EstimateConfidence.MAXIMUM
              + "], not "
              + confidence);
    }
    notes = List.copyOf(notes == null ? List.of() : notes);
  }

  /**
   * Scores the answers.
   *
   * @throws TooFewObservations with fewer than {@link #MIN_GOING_WELL_ANSWERS} going-well answers
   * @throws IllegalArgumentException when an answer names a question the questionnaire lacks
   */
  public static ObserverEstimate from(
      ObserverQuestionnaire questionnaire, Acquaintance acquaintance, ObserverAnswers answers) {
    for (String id : answers.picks().keySet()) {
      questionnaire.question(id);
    }
    Map<String, Drive> picks = answers.picks();

    List<ObserverQuestion> goingWell = questionnaire.goingWellQuestions();
    double[] counts = new double[3];
    int n = 0;
    for (ObserverQuestion q : goingWell) {
      Drive d = picks.get(q.id());
      if (d != null) {
        counts[d.ordinal()]++;
        n++;
      }
    }
    if (n < MIN_GOING_WELL_ANSWERS) {
      throw new TooFewObservations(
          "Answer at least "
              + MIN_GOING_WELL_ANSWERS
              + " of the "
              + goingWell.size()
              + " questions about ordinary working days (you answered "
              + n
              + "); with fewer, an estimate would say more about guesswork than about them.");
    }
    double[] p = new double[3];
    for (int i = 0; i < 3; i++) {
      p[i] = (counts[i] + PRIOR / 3) / (n + PRIOR);
    }

    List<ObserverQuestion> conflict = questionnaire.conflictQuestions();
    double[] votes = new double[3];
    int m = 0;
    for (ObserverQuestion q : conflict) {
      Drive d = picks.get(q.id());
      if (d == null) {
        continue;
      }
      m++;
      for (Drive other : Drive.values()) {
        votes[other.ordinal()] += vote(q.moment(), d == other);
      }
    }
    double[] qd = new double[3];
    for (int i = 0; i < 3; i++) {
      qd[i] = (votes[i] + PRIOR * p[i]) / (m + PRIOR);
    }

    Profile profile = new Profile(scores(p), scores(qd));
    int asked = goingWell.size() + conflict.size();
    double confidence = EstimateConfidence.of(acquaintance, n + m, asked);
    boolean leans = m < MIN_CONFLICT_ANSWERS;

    List<String> notes = new ArrayList<>();
    notes.add(
        "An estimate from observed behaviour, held with "
            + Math.round(confidence * 100)
            + "% confidence ("
            + (n + m)
            + " of "
            + asked
            + " questions answered). Behaviour can be borrowed from another drive, so their own"
            + " result may differ.");
    if (leans) {
      notes.add(
          "Only "
              + m
              + " of the "
              + conflict.size()
              + " questions about conflict "
              + (m == 1 ? "was" : "were")
              + " answered, so the conflict scores lean mostly on the going-well estimate.");
    }
    if (!acquaintance.seenUnderPressure()) {
      notes.add(
          "You have not seen them under pressure, so the conflict scores are the least certain"
              + " part of this estimate.");
    }
    return new ObserverEstimate(
        questionnaire.version(),
        profile,
        confidence,
        n,
        goingWell.size(),
        m,
        conflict.size(),
        leans,
        notes);
  }

  /** The vote a conflict answer at this moment casts for a drive (picked or not); sums to 1. */
  static double vote(ObservedMoment moment, boolean picked) {
    return switch (moment) {
      case FIRST_MOVE_IN_CONFLICT -> picked ? 1 : 0;
      case CONFLICT_CONTINUES -> picked ? 0.5 : 0.25;
      case CONFLICT_ESCALATED -> picked ? 0 : 0.5;
      case GOING_WELL -> throw new IllegalArgumentException("not a conflict moment");
    };
  }

  private static DriveScores scores(double[] proportions) {
    double base = (1 - SPREAD) * 100 / 3;
    return new DriveScores(
            base + SPREAD * 100 * proportions[0],
            base + SPREAD * 100 * proportions[1],
            base + SPREAD * 100 * proportions[2])
        .normalised();
  }
}
