package app.velocity.coaching;

import java.util.List;

/**
 * The goal form as typed, kept when it goes back with a mistake; {@code field} names the input the
 * {@code error} is about. {@code tiedTo} is the one choice of the form's "tied to" list: {@code
 * strength:<id>}, {@code relationship:<person id>} or empty. Serializable because flash attributes
 * live in the JDBC session.
 */
public record GoalForm(
    String title,
    String levelMinus2,
    String levelMinus1,
    String level0,
    String levelPlus1,
    String levelPlus2,
    String tiedTo,
    String error,
    String field)
    implements java.io.Serializable {

  private static final List<String> FIELDS =
      List.of(
          "title", "levelMinus2", "levelMinus1", "level0", "levelPlus1", "levelPlus2", "tiedTo");

  public static GoalForm blank() {
    return new GoalForm("", "", "", "", "", "", "", null, null);
  }

  List<String> levels() {
    return List.of(
        text(levelMinus2), text(levelMinus1), text(level0), text(levelPlus1), text(levelPlus2));
  }

  /** The strength's id when a strength is chosen, else null. */
  String strength() {
    return chosen("strength:");
  }

  /** The person's id when a relationship is chosen, else null. */
  String relationship() {
    return chosen("relationship:");
  }

  private String chosen(String prefix) {
    String value = text(tiedTo).strip();
    if (!value.isEmpty() && !value.startsWith("strength:") && !value.startsWith("relationship:")) {
      throw new IllegalArgumentException(
          "tiedTo: choose a strength or a relationship from the list");
    }
    return value.startsWith(prefix) ? value.substring(prefix.length()) : null;
  }

  GoalForm withError(RuntimeException e) {
    String at = Sentences.field(e);
    if ("strength".equals(at) || "relationship".equals(at)) {
      at = "tiedTo";
    }
    if ("levels".equals(at)) {
      at = "levelMinus2";
    }
    return new GoalForm(
        text(title),
        text(levelMinus2),
        text(levelMinus1),
        text(level0),
        text(levelPlus1),
        text(levelPlus2),
        text(tiedTo),
        Sentences.of(e),
        at);
  }

  public String errorFor(String name) {
    return name.equals(field) ? error : null;
  }

  /** A mistake not tied to one input, shown above the form. */
  public String generalError() {
    return error != null && (field == null || !FIELDS.contains(field)) ? error : null;
  }

  public boolean chosen(String kind, String id) {
    return (kind + ":" + id).equals(tiedTo);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
