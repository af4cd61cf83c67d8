package app.velocity.organisations;

/** Turns a domain message ("email is required") into a sentence for a page. */
final class Messages {

  private Messages() {}

  static String sentence(RuntimeException e) {
    String text = e.getMessage();
    if (text == null || text.isBlank()) {
      return "Please check what you entered.";
    }
    text = text.replaceFirst("^email ", "E-mail ");
    return Character.toUpperCase(text.charAt(0))
        + text.substring(1)
        + (text.endsWith(".") ? "" : ".");
  }
}
