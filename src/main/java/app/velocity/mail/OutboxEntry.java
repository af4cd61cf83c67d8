package app.velocity.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * A message as kept in the outbox, with its delivery status. The body is what was delivered,
 * secrets included: it is for delivery and tests, never for a page (a firm admin reads {@link
 * OutboxController}'s redacted view, built from the preview).
 *
 * @param preview what a firm admin may read of the body, or null when nothing of it may be shown
 * @param resentFrom the message this one sends again, or null
 */
public record OutboxEntry(
    UUID id,
    String to,
    String subject,
    String body,
    String preview,
    String attachmentName,
    String attachmentType,
    String attachmentContent,
    Status status,
    String error,
    Instant createdAt,
    Instant sentAt,
    UUID resentFrom) {

  /** KEPT: stored only (no SMTP configured); SENT: handed to SMTP; FAILED: SMTP refused it. */
  public enum Status {
    KEPT,
    SENT,
    FAILED
  }
}
