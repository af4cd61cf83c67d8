package app.velocity.mail;

import java.time.Instant;
import java.util.UUID;

/** A message as kept in the outbox, with its delivery status. */
public record OutboxEntry(
    UUID id,
    String to,
    String subject,
    String body,
    String attachmentName,
    String attachmentType,
    String attachmentContent,
    Status status,
    String error,
    Instant createdAt,
    Instant sentAt) {

  /** KEPT: stored only (no SMTP configured); SENT: handed to SMTP; FAILED: SMTP refused it. */
  public enum Status {
    KEPT,
    SENT,
    FAILED
  }
}
