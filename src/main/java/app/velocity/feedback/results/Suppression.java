package app.velocity.feedback.results;

import java.util.Objects;

/**
 * Why a cell shows no numbers, said so that the executive and the coach understand it.
 *
 * @param message a sentence for the screen, e.g. "fewer than 3 answers"
 */
public record Suppression(Reason reason, String message) {

  public enum Reason {
    /** Nobody in the unit answered. */
    NO_ANSWERS,
    /** Fewer answers than the threshold for numbers or for free text. */
    TOO_FEW_ANSWERS,
    /** A lone manager, and the agreement does not allow showing the manager alone. */
    MANAGER_NOT_SHOWN_ALONE,
    /** Hidden so that a smaller, hidden group cannot be worked out as overall minus the rest. */
    COMPLEMENTARY,
    /** Hidden so that no combination with other shown numbers reveals one person's answer. */
    COMBINATION
  }

  public Suppression {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  static Suppression noAnswers() {
    return new Suppression(Reason.NO_ANSWERS, "no answers");
  }

  static Suppression tooFew(int minimum) {
    return new Suppression(Reason.TOO_FEW_ANSWERS, "fewer than " + minimum + " answers");
  }

  static Suppression managerNotShownAlone(int minimum) {
    return new Suppression(
        Reason.MANAGER_NOT_SHOWN_ALONE,
        "fewer than " + minimum + " answers; the agreement does not show the manager alone");
  }

  static Suppression complementary() {
    return new Suppression(
        Reason.COMPLEMENTARY,
        "hidden so that a smaller group's answers cannot be worked out from the overall");
  }

  static Suppression combination() {
    return new Suppression(
        Reason.COMBINATION,
        "hidden because, combined with the other numbers shown, it would reveal one person's"
            + " answer");
  }
}
