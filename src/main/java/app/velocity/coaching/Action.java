package app.velocity.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An action the executive commits to, with a due date and a status. */
@Table("actions")
class Action {

  enum Status {
    OPEN,
    DONE,
    DROPPED;

    /** Reads a status as a form or a JSON body gives it, in any case. */
    static Status parse(String text) {
      if (text != null) {
        for (Status s : values()) {
          if (s.name().equals(text.strip().toUpperCase(java.util.Locale.ROOT))) {
            return s;
          }
        }
      }
      throw new IllegalArgumentException("status: choose open, done or dropped");
    }
  }

  @Id private final UUID id;
  @Version private Long version;
  private final UUID engagementId;
  private final String title;
  private final LocalDate dueOn;
  private Status status;
  private final Instant createdAt;
  private final UUID sessionId;

  @PersistenceCreator
  Action(
      UUID id,
      Long version,
      UUID engagementId,
      String title,
      LocalDate dueOn,
      Status status,
      Instant createdAt,
      UUID sessionId) {
    this.id = id;
    this.version = version;
    this.engagementId = engagementId;
    this.title = title;
    this.dueOn = dueOn;
    this.status = status;
    this.createdAt = createdAt;
    this.sessionId = sessionId;
  }

  static Action commit(UUID engagement, String title, LocalDate dueOn, Instant now) {
    return followUp(engagement, null, title, dueOn, now);
  }

  /** An action agreed in a session; {@code session} may be null for one agreed elsewhere. */
  static Action followUp(
      UUID engagement, UUID session, String title, LocalDate dueOn, Instant now) {
    return new Action(
        UUID.randomUUID(),
        null,
        engagement,
        Texts.required(title, "title", 300),
        dueOn,
        Status.OPEN,
        now,
        session);
  }

  void mark(Status newStatus) {
    this.status = newStatus;
  }

  boolean overdue(LocalDate today) {
    return status == Status.OPEN && dueOn != null && dueOn.isBefore(today);
  }

  UUID id() {
    return id;
  }

  UUID engagementId() {
    return engagementId;
  }

  String title() {
    return title;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  Status status() {
    return status;
  }

  Instant createdAt() {
    return createdAt;
  }

  UUID sessionId() {
    return sessionId;
  }
}
