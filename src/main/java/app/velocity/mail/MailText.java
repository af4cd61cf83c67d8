package app.velocity.mail;

/**
 * The text of a mail, written in parts so that one pass yields both what the recipient gets and
 * what a firm admin may read in the outbox: plain {@link #text} appears in both, a {@link #link}
 * shows its address with the secret masked, and {@link #withheld} content is left out of the
 * preview altogether.
 */
public final class MailText {

  /** What stands in the preview for a link's secret. */
  public static final String MASK = "••••••••";

  /** What stands in the preview for withheld content. */
  public static final String WITHHELD = "[not shown]";

  private final StringBuilder delivered = new StringBuilder();
  private final StringBuilder preview = new StringBuilder();

  /** Text that anyone reading the outbox may see. */
  public MailText text(String text) {
    delivered.append(text);
    preview.append(text);
    return this;
  }

  /**
   * A link that carries a secret: {@code address} (for example {@code https://host/reset/}) is
   * shown, {@code secret} only delivered.
   */
  public MailText link(String address, String secret) {
    delivered.append(address).append(secret);
    preview.append(address).append(MASK);
    return this;
  }

  /** Text only the recipient may read (coaching content, a personal note). */
  public MailText withheld(String text) {
    delivered.append(text);
    preview.append(WITHHELD);
    return this;
  }

  String delivered() {
    return delivered.toString();
  }

  String preview() {
    return preview.toString();
  }
}
