package app.velocity.delegation;

import app.velocity.delegation.analysis.Criticality;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.Profile;
import app.velocity.organisations.OrganisationId;
import app.velocity.organisations.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A piece of work the executive wants to hand to someone, and once decided, whom he chose, why, and
 * every candidate as the advisor showed them at that moment. The snapshot does not follow later
 * changes of anyone's profile, so the history and the comfort-bias analysis stay as they were; the
 * one change it takes is a colleague withdrawing their consent, which removes their scores from it
 * (see {@link Snapshot}).
 *
 * @param decision null while the work is open
 * @param outcome null until the executive rates how it went
 */
public record WorkItem(
    UUID id,
    PersonId executive,
    OrganisationId organisation,
    String title,
    String description,
    Criticality criticality,
    DriveScores demand,
    String skills,
    LocalDate dueOn,
    Instant createdAt,
    Decided decision,
    Outcome outcome) {

  public WorkItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(executive, "executive");
    Objects.requireNonNull(criticality, "criticality");
    Objects.requireNonNull(demand, "demand");
  }

  public boolean decided() {
    return decision != null;
  }

  /** The same work with the decision as it reads now (a colleague's withdrawal taken out). */
  WorkItem withDecision(Decided decided) {
    return new WorkItem(
        id,
        executive,
        organisation,
        title,
        description,
        criticality,
        demand,
        skills,
        dueOn,
        createdAt,
        decided,
        outcome);
  }

  /**
   * The decision.
   *
   * @param executiveGoingWell the executive's own going-well scores at the time, null if he had
   *     none
   * @param candidates every candidate shown, best fit first
   */
  public record Decided(
      LocalDate on,
      PersonId chosen,
      String chosenName,
      String why,
      DriveScores executiveGoingWell,
      List<Snapshot> candidates) {

    public Decided {
      candidates = List.copyOf(candidates);
    }

    /** The candidates the executive said he weighed against each other. */
    public List<Snapshot> considered() {
      return candidates.stream().filter(Snapshot::considered).toList();
    }
  }

  /**
   * A candidate as shown at decision time. Once a colleague stops sharing their own result with the
   * executive, what could give it away is gone: the profile, the fit (with the demand known, fits
   * of a few decisions pin the scores down) and the reason (it quotes the scores). What stays is
   * whom the executive weighed and chose, the rank, and whether the colleague was motivated like
   * him at the time.
   *
   * @param source SELF or ESTIMATE
   * @param profile null once withdrawn
   * @param fit NaN once withdrawn
   * @param reason null once withdrawn
   * @param considered whether the executive weighed this person for the work
   * @param alike whether the person was motivated like the executive at decision time; null when
   *     the executive had no profile then
   */
  public record Snapshot(
      PersonId person,
      String name,
      String source,
      double confidence,
      Profile profile,
      double fit,
      int rank,
      String reason,
      boolean considered,
      Boolean alike) {

    /** Whether the person stopped sharing the result this snapshot was taken of. */
    public boolean withdrawn() {
      return profile == null;
    }

    /** A colleague's own result, which they may withdraw; an estimate is the executive's own. */
    boolean ownResult() {
      return "SELF".equals(source);
    }

    /** The snapshot as it is kept once the person stopped sharing. */
    Snapshot withdrawnNow() {
      return new Snapshot(
          person, name, source, confidence, null, Double.NaN, rank, null, considered, alike);
    }
  }

  /** How the delegated work went, 1 (badly) to 5 (very well). */
  public record Outcome(int rating, String note, Instant ratedAt) {}
}
