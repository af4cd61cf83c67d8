package app.velocity.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * A message of the outbox as a firm admin sees it: to whom, the subject, the delivery status and
 * the preview its sender allowed. It has no body and no attachment content, so no page can show a
 * link secret or coaching content from the outbox.
 *
 * @param preview the redacted text, or null when nothing of the text may be shown
 * @param resentFrom the message this one sends again, or null
 */
public record OutboxMessage(
    UUID id,
    String to,
    String subject,
    String status,
    String error,
    Instant createdAt,
    String preview,
    String attachmentName,
    String attachmentType,
    UUID resentFrom) {

  static OutboxMessage of(OutboxEntry entry) {
    return new OutboxMessage(
        entry.id(),
        entry.to(),
        entry.subject(),
        entry.status().name().toLowerCase(java.util.Locale.ROOT),
        entry.error(),
        entry.createdAt(),
        entry.preview(),
        entry.attachmentName(),
        entry.attachmentType(),
        entry.resentFrom());
  }
}
