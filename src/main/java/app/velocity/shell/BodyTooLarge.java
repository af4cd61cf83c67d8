package app.velocity.shell;

import org.springframework.http.HttpStatus;

/** A request body longer than its route takes: 413, before or while it is read. */
final class BodyTooLarge extends Refusal {

  private BodyTooLarge(String detail, long limit) {
    super(HttpStatus.CONTENT_TOO_LARGE, "Body too large", "That is too large", detail);
    getBody().setProperty("field", "body");
    getBody().setProperty("limitBytes", limit);
  }

  /** A body read by a handler; the advice, if any, says what to send instead. */
  static BodyTooLarge body(long limit, String advice) {
    return new BodyTooLarge(
        "The body may be at most "
            + size(limit)
            + " here"
            + (advice == null || advice.isBlank() ? "; send less." : ": " + advice + "."),
        limit);
  }

  /** A form post, parsed by the server before any page sees it. */
  static BodyTooLarge form(long limit) {
    return parsed(
        "What you sent",
        limit,
        "Go back: what you typed is still in the form; shorten the longest text.");
  }

  /** A file upload, parsed by the server too. */
  static BodyTooLarge upload(long limit) {
    return parsed("The file", limit, "Split it into smaller files and send them one by one.");
  }

  private static BodyTooLarge parsed(String what, long limit, String advice) {
    return new BodyTooLarge(
        what + " is larger than Velocity takes (at most " + size(limit) + "). " + advice, limit);
  }

  static String size(long bytes) {
    long mega = 1024L * 1024L;
    if (bytes >= mega && bytes % mega == 0) {
      return bytes / mega + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }
}
