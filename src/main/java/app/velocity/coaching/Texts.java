package app.velocity.coaching;

/** Checks of the free text people type into coaching forms; messages name the field. */
final class Texts {

  private Texts() {}

  static String required(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": this is required");
    }
    return optional(value, field, max);
  }

  static String optional(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw new IllegalArgumentException(
          field + ": at most " + max + " characters (this has " + trimmed.length() + ")");
    }
    return trimmed;
  }
}
