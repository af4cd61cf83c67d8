package app.velocity.mail;

/**
 * One e-mail to one recipient, in plain text, with an optional text attachment (for example an
 * iCalendar invitation).
 */
public record Mail(String to, String subject, String body, Attachment attachment) {

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

  public Mail(String to, String subject, String body) {
    this(to, subject, body, null);
  }

  /** A text attachment; contentType may carry parameters such as {@code method=REQUEST}. */
  public record Attachment(String fileName, String contentType, String content) {}
}
