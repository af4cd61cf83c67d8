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
 * every candidate as the advisor showed them at that moment. The snapshot never changes, so the
 * history and the comfort-bias analysis stay as they were when profiles change later.
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
   * A candidate as shown at decision time.
   *
   * @param source SELF or ESTIMATE
   * @param considered whether the executive weighed this person for the work
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
      boolean considered) {}

  /** How the delegated work went, 1 (badly) to 5 (very well). */
  public record Outcome(int rating, String note, Instant ratedAt) {}
}
