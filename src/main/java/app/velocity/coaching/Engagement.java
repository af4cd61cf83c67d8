package app.velocity.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A coaching engagement: one coach, one executive, the sponsors who follow its progress, its dates,
 * and the agreement on who sees what that the executive accepts before work starts.
 */
@Table("engagements")
class Engagement {

  @Id private final UUID id;
  @Version private Long version;
  private final UUID organisationId;
  private final UUID executiveId;
  private final UUID coachId;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private EngagementStatus status;
  private boolean managerShownAlone;
  private Instant agreementAcceptedAt;
  private final Instant createdAt;

  @MappedCollection(idColumn = "engagement_id")
  private Set<SponsorRef> sponsors;

  @Table("engagement_sponsors")
  record SponsorRef(UUID sponsorId) {}

  @PersistenceCreator
  Engagement(
      UUID id,
      Long version,
      UUID organisationId,
      UUID executiveId,
      UUID coachId,
      LocalDate startsOn,
      LocalDate endsOn,
      EngagementStatus status,
      boolean managerShownAlone,
      Instant agreementAcceptedAt,
      Instant createdAt,
      Set<SponsorRef> sponsors) {
    this.id = id;
    this.version = version;
    this.organisationId = organisationId;
    this.executiveId = executiveId;
    this.coachId = coachId;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.status = status;
    this.managerShownAlone = managerShownAlone;
    this.agreementAcceptedAt = agreementAcceptedAt;
    this.createdAt = createdAt;
    this.sponsors = sponsors == null ? new LinkedHashSet<>() : new LinkedHashSet<>(sponsors);
  }

  static Engagement open(
      UUID organisation,
      UUID executive,
      UUID coach,
      Set<UUID> sponsors,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean managerShownAlone,
      Instant now) {
    checkDates(startsOn, endsOn);
    Set<SponsorRef> refs = new LinkedHashSet<>();
    sponsors.forEach(s -> refs.add(new SponsorRef(s)));
    return new Engagement(
        UUID.randomUUID(),
        null,
        organisation,
        executive,
        coach,
        startsOn,
        endsOn,
        EngagementStatus.PROPOSED,
        managerShownAlone,
        null,
        now,
        refs);
  }

  private static void checkDates(LocalDate startsOn, LocalDate endsOn) {
    if (startsOn == null) {
      throw new IllegalArgumentException("startsOn: a start date is required");
    }
    if (endsOn == null) {
      throw new IllegalArgumentException("endsOn: an end date is required");
    }
    if (!endsOn.isAfter(startsOn)) {
      throw new IllegalArgumentException("endsOn: the end date must come after the start date");
    }
    if (startsOn.plusYears(3).isBefore(endsOn)) {
      throw new IllegalArgumentException("endsOn: an engagement lasts at most three years");
    }
  }

  /** The executive accepts the agreement; only they can, and only once. */
  void acceptAgreement(UUID by, Instant now) {
    if (!by.equals(executiveId)) {
      throw new NotYourEngagement();
    }
    if (status != EngagementStatus.PROPOSED) {
      throw new IllegalStateException("The agreement is already accepted.");
    }
    agreementAcceptedAt = now;
    status = EngagementStatus.ACTIVE;
  }

  /** Goals, actions and the journal need an accepted agreement and an engagement still open. */
  void requireWorkCanHappen() {
    if (status == EngagementStatus.PROPOSED) {
      throw new IllegalStateException(
          "The executive has not accepted the agreement yet; work starts once they have.");
    }
    if (status != EngagementStatus.ACTIVE) {
      throw new IllegalStateException("This engagement is " + status.label().toLowerCase() + ".");
    }
  }

  void close(EngagementStatus outcome) {
    if (outcome != EngagementStatus.COMPLETED && outcome != EngagementStatus.CANCELLED) {
      throw new IllegalArgumentException("status: an engagement closes as completed or cancelled");
    }
    status = outcome;
  }

  UUID id() {
    return id;
  }

  UUID executiveId() {
    return executiveId;
  }

  UUID coachId() {
    return coachId;
  }

  UUID organisationId() {
    return organisationId;
  }

  Set<UUID> sponsorIds() {
    Set<UUID> ids = new LinkedHashSet<>();
    sponsors.forEach(s -> ids.add(s.sponsorId()));
    return ids;
  }

  EngagementStatus status() {
    return status;
  }

  LocalDate startsOn() {
    return startsOn;
  }

  LocalDate endsOn() {
    return endsOn;
  }

  boolean managerShownAlone() {
    return managerShownAlone;
  }

  Instant agreementAcceptedAt() {
    return agreementAcceptedAt;
  }
}
