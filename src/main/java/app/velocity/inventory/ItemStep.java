package app.velocity.inventory;

import java.util.List;

/**
 * What the page for one item shows: where the person is, the stem, the endings in their order with
 * the points entered so far, and what is wrong with them, if anything.
 */
public record ItemStep(
    String responseId,
    int step,
    int total,
    int answered,
    int part,
    String partLabel,
    String itemId,
    String stem,
    List<EndingField> endings,
    String error,
    String back) {

  /** One ending with its input: a letter for reference, the text, and what was typed. */
  public record EndingField(String letter, String id, String text, String value) {}

  /** The ids that describe the point entry: the help text, and the error when there is one. */
  public String describedBy() {
    return error == null ? "points-help" : "points-error points-help";
  }

  public String action() {
    return "/profile/take/" + responseId + "/items/" + step;
  }
}
