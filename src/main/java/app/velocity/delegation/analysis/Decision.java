package app.velocity.delegation.analysis;

import app.velocity.motivation.DriveScores;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded delegation: what the work demanded, how critical it was, whom the executive
 * considered and whom he chose, and optionally who he was then.
 *
 * <p>A decision is judged against the executive as he was when he made it: with {@code executive}
 * set, "motivated like you" and every distance of this decision use those scores, so that a later
 * retake of the inventory changes none of the earlier decisions' figures. Without it, the decision
 * is judged against the profile the analysis is given for the whole history.
 *
 * <p>That the chosen person is among the candidates, and that every id names a known person, is
 * checked by {@link ComfortBiasAnalysis} and {@link Nudge} against the team, so that the error can
 * say which decision of the history is wrong.
 *
 * @param candidateIds at least two distinct ids, in the order they were shown
 * @param decidedOn the day of the decision, or {@code null} when unknown (left out of the trend)
 * @param executive the executive's going-well scores when he made the decision, or {@code null} to
 *     judge it against the history's profile
 */
public record Decision(
    DriveScores demand,
    Criticality criticality,
    List<String> candidateIds,
    String chosenId,
    LocalDate decidedOn,
    DriveScores executive) {

  public Decision {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(criticality, "criticality");
    Objects.requireNonNull(candidateIds, "candidateIds");
    Objects.requireNonNull(chosenId, "chosenId");
    candidateIds = List.copyOf(candidateIds);
    if (candidateIds.size() < 2) {
      throw new IllegalArgumentException("a decision needs at least two candidates");
    }
    if (new HashSet<>(candidateIds).size() != candidateIds.size()) {
      throw new IllegalArgumentException("a candidate appears twice in " + candidateIds);
    }
  }

  /** A decision judged against the history's profile of the executive. */
  public Decision(
      DriveScores demand,
      Criticality criticality,
      List<String> candidateIds,
      String chosenId,
      LocalDate decidedOn) {
    this(demand, criticality, candidateIds, chosenId, decidedOn, null);
  }

  /** A decision whose date is not known. */
  public Decision(
      DriveScores demand, Criticality criticality, List<String> candidateIds, String chosenId) {
    this(demand, criticality, candidateIds, chosenId, null, null);
  }

  /** The day of the decision, when known. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(decidedOn);
  }

  /** The executive as this decision is judged: his scores at the time, else {@code history}. */
  DriveScores executiveOr(DriveScores history) {
    return executive != null ? executive : history;
  }
}
