package app.velocity.coaching;

/** Turns "field: what is wrong" into a sentence for a page. */
final class Sentences {

  private Sentences() {}

  static String of(RuntimeException e) {
    String text = e.getMessage() == null ? "Please check what you entered." : e.getMessage();
    int colon = text.indexOf(": ");
    if (colon > 0 && !text.substring(0, colon).contains(" ")) {
      text = text.substring(colon + 2);
    }
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }

  /** The field a "field: what is wrong" message names, or null when it names none. */
  static String field(RuntimeException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int colon = message.indexOf(": ");
    return colon > 0 && !message.substring(0, colon).contains(" ")
        ? message.substring(0, colon)
        : null;
  }
}
