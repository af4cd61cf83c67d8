package app.velocity.inventory;

import app.velocity.audit.AuditLog;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a person's inventory result (docs/design.md §1): the person, their coach, and each
 * person they chose to share it with, until they revoke. Every other module that shows someone's
 * result asks here, so revoking takes effect at once on every page, PDF and API answer. Reads of
 * someone else's result are written to the audit log.
 */
@Service
public class ProfileSharing {

  private final JdbcClient jdbc;
  private final Profiles profiles;
  private final Directory directory;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ProfileSharing(
      JdbcClient jdbc,
      Profiles profiles,
      Directory directory,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.profiles = profiles;
    this.directory = directory;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** Lets {@code viewer} see {@code owner}'s result (the latest one, now and after retakes). */
  @Transactional
  public void share(PersonId owner, PersonId viewer) {
    if (owner.equals(viewer)) {
      throw new IllegalArgumentException("viewer: a result is always visible to its owner");
    }
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    int updated =
        jdbc.sql(
                "update profile_shares set shared_at = :now, revoked_at = null"
                    + " where owner_id = :owner and viewer_id = :viewer")
            .param("now", now)
            .param("owner", owner.value())
            .param("viewer", viewer.value())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into profile_shares (owner_id, viewer_id, shared_at)"
                  + " values (:owner, :viewer, :now)")
          .param("now", now)
          .param("owner", owner.value())
          .param("viewer", viewer.value())
          .update();
    }
  }

  /**
   * Withdraws a share; from the next request on, the viewer no longer sees the result anywhere, and
   * {@link ShareWithdrawn} lets every module that kept something of it for the viewer drop it in
   * the same transaction.
   */
  @Transactional
  public void revoke(PersonId owner, PersonId viewer) {
    int revoked =
        jdbc.sql(
                "update profile_shares set revoked_at = :now"
                    + " where owner_id = :owner and viewer_id = :viewer and revoked_at is null")
            .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .param("owner", owner.value())
            .param("viewer", viewer.value())
            .update();
    if (revoked > 0) {
      events.publishEvent(new ShareWithdrawn(owner, viewer));
    }
  }

  /** Whether the owner currently shares their result with the viewer. */
  public boolean isSharedWith(PersonId owner, PersonId viewer) {
    return jdbc.sql(
                "select count(*) from profile_shares"
                    + " where owner_id = :owner and viewer_id = :viewer and revoked_at is null")
            .param("owner", owner.value())
            .param("viewer", viewer.value())
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The people the owner currently shares their result with. */
  public List<PersonId> viewersOf(PersonId owner) {
    return jdbc.sql(
            "select viewer_id from profile_shares where owner_id = :owner and revoked_at is null")
        .param("owner", owner.value())
        .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
        .list();
  }

  /**
   * The people the owner shared with and then stopped sharing with: they may be shared with again.
   */
  public List<PersonId> formerViewersOf(PersonId owner) {
    return jdbc.sql(
            "select viewer_id from profile_shares where owner_id = :owner"
                + " and revoked_at is not null order by revoked_at desc")
        .param("owner", owner.value())
        .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
        .list();
  }

  /** The people who currently share their result with the viewer. */
  public List<PersonId> sharedWith(PersonId viewer) {
    return jdbc.sql(
            "select owner_id from profile_shares where viewer_id = :viewer and revoked_at is null")
        .param("viewer", viewer.value())
        .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
        .list();
  }

  /**
   * Who can see the owner's result, in words for a "who can see this" badge, as the owner reads it
   * ("Only you", "You, your coach Maria Lopez and Sam Okafor").
   */
  public String whoCanSee(PersonId owner) {
    return whoCanSee(owner, "you", "your coach ");
  }

  /** The same, as someone else reads it ("Priya Shah, their coach Maria Lopez and Sam Okafor"). */
  public String whoCanSee(PersonId owner, PersonId reader) {
    if (owner.equals(reader)) {
      return whoCanSee(owner);
    }
    String name = directory.person(owner).map(p -> p.name()).orElse("The person");
    return whoCanSee(owner, name, "their coach ");
  }

  private String whoCanSee(PersonId owner, String ownerWord, String coachWord) {
    List<String> others = new java.util.ArrayList<>();
    directory
        .person(owner)
        .map(p -> p.coach())
        .flatMap(directory::person)
        .ifPresent(coach -> others.add(coachWord + coach.name()));
    viewersOf(owner).stream()
        .map(directory::person)
        .flatMap(Optional::stream)
        .map(p -> p.name())
        .sorted()
        .forEach(others::add);
    String first = Character.toUpperCase(ownerWord.charAt(0)) + ownerWord.substring(1);
    if (others.isEmpty()) {
      return "Only " + ownerWord;
    }
    if (others.size() == 1) {
      return first + " and " + others.get(0);
    }
    return first
        + ", "
        + String.join(", ", others.subList(0, others.size() - 1))
        + " and "
        + others.get(others.size() - 1);
  }

  /** One read of the owner's result by someone else, for the owner's "who read it" list. */
  public record Read(String when, String who, String where) {}

  /** The latest reads of the owner's result by other people, newest first (from the audit log). */
  public List<Read> readsOf(PersonId owner, int limit) {
    return audit.about(owner, limit).stream()
        .filter(e -> e.action().equals("profile.read"))
        .map(
            e ->
                new Read(
                    e.at().toString().substring(0, 16).replace('T', ' ') + " UTC",
                    directory.person(e.actor()).map(p -> p.name()).orElse("someone removed"),
                    e.detail() == null ? "" : e.detail()))
        .toList();
  }

  /** Whether the viewer may see the subject's self-reported result at all. */
  public boolean maySee(CurrentUser viewer, PersonId subject) {
    if (viewer.id().equals(subject)) {
      return true;
    }
    boolean theirCoach =
        directory
            .person(subject)
            .map(p -> viewer.id().equals(p.coach()) && p.active())
            .orElse(false);
    return theirCoach || isSharedWith(subject, viewer.id());
  }

  /**
   * The subject's latest result as the viewer may see it: empty when there is none or when the
   * viewer may not see it (the two are deliberately indistinguishable). {@code where} names the
   * page or API for the audit log.
   */
  public Optional<ProfileResult> latestVisibleTo(
      CurrentUser viewer, PersonId subject, String where) {
    if (!maySee(viewer, subject)) {
      return Optional.empty();
    }
    Optional<ProfileResult> result = profiles.latest(subject);
    if (result.isPresent() && !viewer.id().equals(subject)) {
      audit.record(viewer.id(), "profile.read", subject, where);
    }
    return result;
  }

  /**
   * The latest result of each subject the viewer may see, as {@link #latestVisibleTo(CurrentUser,
   * PersonId, String)} decides it one by one, for pages that show many people at once: who shares
   * with the viewer, whose coach the viewer is and the results are read once each, and the reads of
   * other people's results go to the audit log in one statement (one line per person). Subjects
   * without a visible result are not in the map.
   */
  public Map<PersonId, ProfileResult> latestVisibleTo(
      CurrentUser viewer, Collection<PersonId> subjects, String where) {
    return latestVisibleTo(viewer, subjects, where, 0);
  }

  /**
   * The same for a page that shows nothing below a threshold (a sponsor's team distribution): when
   * fewer than {@code minimum} of the subjects have a result the viewer may see, the answer is
   * empty and nobody's "who has looked at your result" gets a line for a read that showed nothing.
   */
  public Map<PersonId, ProfileResult> latestVisibleTo(
      CurrentUser viewer, Collection<PersonId> subjects, String where, int minimum) {
    if (subjects.isEmpty()) {
      return Map.of();
    }
    Set<PersonId> visible = new HashSet<>(sharedWith(viewer.id()));
    directory.clientsOf(viewer.id()).stream()
        .filter(p -> p.active())
        .forEach(p -> visible.add(p.id()));
    visible.add(viewer.id());
    Set<PersonId> shown = new LinkedHashSet<>(subjects);
    shown.retainAll(visible);
    if (shown.size() < minimum) {
      return Map.of();
    }
    Map<PersonId, ProfileResult> latest = profiles.latest(shown);
    Map<PersonId, ProfileResult> results = new LinkedHashMap<>();
    for (PersonId subject : shown) {
      if (latest.containsKey(subject)) {
        results.put(subject, latest.get(subject));
      }
    }
    if (results.size() < minimum) {
      return Map.of();
    }
    audit.recordAll(
        viewer.id(),
        "profile.read",
        results.keySet().stream().filter(s -> !s.equals(viewer.id())).toList(),
        where);
    return results;
  }

  /** The subject's whole history as the viewer may see it; empty as above. */
  public List<ProfileResult> historyVisibleTo(CurrentUser viewer, PersonId subject, String where) {
    if (!maySee(viewer, subject)) {
      return List.of();
    }
    List<ProfileResult> history = profiles.history(subject);
    if (!history.isEmpty() && !viewer.id().equals(subject)) {
      audit.record(viewer.id(), "profile.read", subject, where);
    }
    return history;
  }
}
