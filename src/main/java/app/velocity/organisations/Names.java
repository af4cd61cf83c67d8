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
    String trimmed = value.strip().toLowerCase(Locale.ROOT);
    if (trimmed.length() > 320 || !EMAIL.matcher(trimmed).matches()) {
      throw new InvalidPersonData("email", "\"" + value.strip() + "\" is not an e-mail address");
    }
    return trimmed;
  }
}
