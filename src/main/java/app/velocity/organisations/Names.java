package app.velocity.organisations;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalises the names and e-mail addresses people type. */
final class Names {

  // Deliberately simple: one @, something on each side, a dot in the domain, no spaces.
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private Names() {}

  static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidPersonData(field, "is required");
    }
    refuseControlCharacters(value, field);
    String trimmed = value.strip();
    if (trimmed.length() > 200) {
      throw new InvalidPersonData(field, "is longer than 200 characters");
    }
    return trimmed;
  }

  static String optional(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    refuseControlCharacters(value, "title");
    String trimmed = value.strip();
    if (trimmed.length() > 200) {
      throw new InvalidPersonData("title", "is longer than 200 characters");
    }
    return trimmed;
  }

  static String email(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidPersonData("email", "is required");
    }
    refuseControlCharacters(value, "email");
    String trimmed = value.strip().toLowerCase(Locale.ROOT);
    if (trimmed.length() > 320 || !EMAIL.matcher(trimmed).matches()) {
      throw new InvalidPersonData("email", "\"" + value.strip() + "\" is not an e-mail address");
    }
    return trimmed;
  }

  /**
   * Control characters other than tabs and line breaks (a NUL above all, which PostgreSQL refuses
   * to store) get a clear message instead of a database error (found by the fuzz suite).
   */
  private static void refuseControlCharacters(String value, String field) {
    if (value
        .chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw new InvalidPersonData(field, "contains control characters that cannot be stored");
    }
  }
}
