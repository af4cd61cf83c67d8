package app.velocity.coaching;

import app.velocity.coaching.calendar.Participant;
import app.velocity.coaching.calendar.Session;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One coaching session of an engagement: when (an instant and the named time zone it was planned
 * in), where, the agenda, and the notes. Its invitation sequence starts at 0 and rises with every
 * change and with the cancellation, so calendars accept each update (RFC 5546).
 */
@Table("coaching_sessions")
class CoachingSession {

  enum Status {
    SCHEDULED,
    CANCELLED
  }

  static final int MIN_MINUTES = 15;
  static final int MAX_MINUTES = 480;

  @Id private final UUID id;
  @Version private Long version;
  private final UUID engagementId;
  private Instant startsAt;
  private String timeZone;
  private int minutes;
  private String location;
  private String videoLink;
  private String agenda;
  private Status status;
  private int sequence;
  private String sharedNotes;
  private String privateNotes;
  private final Instant createdAt;

  @PersistenceCreator
  CoachingSession(
      UUID id,
      Long version,
      UUID engagementId,
      Instant startsAt,
      String timeZone,
      int minutes,
      String location,
      String videoLink,
      String agenda,
      Status status,
      int sequence,
      String sharedNotes,
      String privateNotes,
      Instant createdAt) {
    this.id = id;
    this.version = version;
    this.engagementId = engagementId;
    this.startsAt = startsAt;
    this.timeZone = timeZone;
    this.minutes = minutes;
    this.location = location;
    this.videoLink = videoLink;
    this.agenda = agenda;
    this.status = status;
    this.sequence = sequence;
    this.sharedNotes = sharedNotes;
    this.privateNotes = privateNotes;
    this.createdAt = createdAt;
  }

  /** When and where a session takes place, checked. */
  record Plan(ZonedDateTime start, int minutes, String location, String videoLink, String agenda) {

    Plan {
      if (start == null) {
        throw new IllegalArgumentException("date: choose the date and time of the session");
      }
      if (!TimeZones.offered(start.getZone().getId())) {
        throw new IllegalArgumentException("timeZone: choose a time zone from the list");
      }
      if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
        throw new IllegalArgumentException(
            "minutes: a session lasts from " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes");
      }
      location = Texts.optional(location, "location", 300);
      videoLink = Texts.optional(videoLink, "videoLink", 500);
      if (videoLink != null && !videoLink.matches("https?://[^\\s<>\"]+")) {
        throw new IllegalArgumentException(
            "videoLink: a video link is a web address starting with https://");
      }
      agenda = Texts.optional(agenda, "agenda", 4000);
    }
  }

  static CoachingSession schedule(UUID engagement, Plan plan, Instant now) {
    CoachingSession session =
        new CoachingSession(
            UUID.randomUUID(),
            null,
            engagement,
            null,
            null,
            0,
            null,
            null,
            null,
            Status.SCHEDULED,
            0,
            null,
            null,
            now);
    session.apply(plan);
    return session;
  }

  /** A changed date, time, place or agenda: the invitation's sequence rises. */
  void change(Plan plan) {
    requireScheduled();
    apply(plan);
    sequence++;
  }

  /** Cancelled sessions stay, so the cancellation can be sent with a raised sequence. */
  void cancel() {
    requireScheduled();
    status = Status.CANCELLED;
    sequence++;
  }

  void writeSharedNotes(String notes) {
    sharedNotes = Texts.optional(notes, "sharedNotes", 20_000);
  }

  void writePrivateNotes(String notes) {
    privateNotes = Texts.optional(notes, "privateNotes", 20_000);
  }

  private void apply(Plan plan) {
    startsAt = plan.start().toInstant();
    timeZone = plan.start().getZone().getId();
    minutes = plan.minutes();
    location = plan.location();
    videoLink = plan.videoLink();
    agenda = plan.agenda();
  }

  private void requireScheduled() {
    if (status == Status.CANCELLED) {
      throw new IllegalStateException("This session is cancelled.");
    }
  }

  /** Held: not cancelled and over by now. */
  boolean heldBy(Instant now) {
    return status == Status.SCHEDULED && !end().toInstant().isAfter(now);
  }

  boolean upcoming(Instant now) {
    return status == Status.SCHEDULED && startsAt.isAfter(now);
  }

  ZonedDateTime start() {
    return startsAt.atZone(ZoneId.of(timeZone));
  }

  ZonedDateTime end() {
    return start().plusMinutes(minutes);
  }

  /**
   * What the calendar invitation says, with the given description; the UID is derived from the id
   * and never changes.
   */
  Session invitation(Participant coach, Participant executive, String description) {
    return new Session(
        id.toString(),
        start(),
        end(),
        coach,
        executive,
        "Coaching session: " + executive.name() + " with " + coach.name(),
        description,
        location,
        videoLink == null ? null : URI.create(videoLink));
  }

  UUID id() {
    return id;
  }

  UUID engagementId() {
    return engagementId;
  }

  Instant startsAt() {
    return startsAt;
  }

  String timeZone() {
    return timeZone;
  }

  int minutes() {
    return minutes;
  }

  String location() {
    return location;
  }

  String videoLink() {
    return videoLink;
  }

  String agenda() {
    return agenda;
  }

  Status status() {
    return status;
  }

  int sequence() {
    return sequence;
  }

  String sharedNotes() {
    return sharedNotes;
  }

  String privateNotes() {
    return privateNotes;
  }
}
