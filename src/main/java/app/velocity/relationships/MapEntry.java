package app.velocity.relationships;

import app.velocity.motivation.team.Frequency;
import app.velocity.organisations.PersonId;

/**
 * One of an executive's key relationships as they rated it. The person is null only while a new
 * colleague is being added.
 *
 * @param importance how much it matters to the executive's results, 1–5
 * @param ease 1 (hard) to 5 (easy)
 * @param effectiveness 1–5
 */
public record MapEntry(
    PersonId person,
    int importance,
    Frequency frequency,
    int ease,
    int effectiveness,
    String notes) {

  /** The longest note kept. */
  public static final int MAX_NOTES = 2000;

  public MapEntry {
    if (frequency == null) {
      throw new IllegalArgumentException("frequency: say how often you work together");
    }
    scale("importance", importance);
    scale("ease", ease);
    scale("effectiveness", effectiveness);
    notes = notes == null ? "" : notes.strip();
    if (notes.length() > MAX_NOTES) {
      throw new IllegalArgumentException(
          "notes: keep the notes to "
              + MAX_NOTES
              + " characters (these have "
              + notes.length()
              + ")");
    }
  }

  private static void scale(String field, int value) {
    if (value < 1 || value > 5) {
      throw new IllegalArgumentException(field + ": choose a rating from 1 to 5");
    }
  }

  /** Reads the ratings as a form or a JSON body gives them, naming the field at fault. */
  static MapEntry parse(
      PersonId person,
      String importance,
      String frequency,
      String ease,
      String effectiveness,
      String notes) {
    return new MapEntry(
        person,
        rating("importance", importance),
        frequency(frequency),
        rating("ease", ease),
        rating("effectiveness", effectiveness),
        notes);
  }

  static int rating(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + ": choose a rating from 1 to 5");
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + ": choose a rating from 1 to 5");
    }
  }

  static Frequency frequency(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("frequency: say how often you work together");
    }
    try {
      return Frequency.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "frequency: choose rarely, monthly, weekly, several times a week or daily");
    }
  }
}
