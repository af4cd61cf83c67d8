package app.velocity.mail;

/**
 * One e-mail to one recipient, in plain text, with an optional text attachment (for example an
 * iCalendar invitation).
 *
 * <p>Firm admins read the outbox, but may never see a usable secret (a reset, join, sign-in or
 * survey link) nor coaching content (docs/design.md §9). So a mail carries two texts: the {@code
 * body} that is delivered to the recipient, and the {@code preview} that the outbox shows, built by
 * the sender with {@link MailText} (links masked, content left out). A mail made from a plain body
 * has no preview: the outbox shows that its text is not shown. Attachments are never shown there.
 *
 * @param preview what a firm admin may read of the body, or null when nothing of it may be shown
 */
public record Mail(String to, String subject, String body, String preview, Attachment attachment) {

  public Mail {
    if (to == null || to.isBlank() || !to.contains("@")) {
      throw new IllegalArgumentException("a mail needs a recipient address");
    }
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("a mail needs a subject");
    }
    if (body == null) {
      throw new IllegalArgumentException("a mail needs a body");
    }
  }

  /** A mail whose text is delivered but never shown in the outbox. */
  public Mail(String to, String subject, String body) {
    this(to, subject, body, null, null);
  }

  /** A mail with an attachment whose text is delivered but never shown in the outbox. */
  public Mail(String to, String subject, String body, Attachment attachment) {
    this(to, subject, body, null, attachment);
  }

  /** A mail whose text the outbox shows as its preview: secrets masked, content left out. */
  public Mail(String to, String subject, MailText text) {
    this(to, subject, text.delivered(), text.preview(), null);
  }

  /** A text attachment; contentType may carry parameters such as {@code method=REQUEST}. */
  public record Attachment(String fileName, String contentType, String content) {}
}
