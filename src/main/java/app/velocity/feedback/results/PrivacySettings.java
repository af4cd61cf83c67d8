package app.velocity.feedback.results;

/**
 * The thresholds the aggregator applies. They may be raised, never lowered below the product's
 * floor (3 answers for numbers, 5 for free text).
 *
 * @param minimumAnswers answers a group (or the overall) needs before its numbers show
 * @param minimumTextAnswers answers a unit needs before its suggestions show
 * @param managerMayBeShownAlone whether the coaching agreement lets the manager group show with
 *     fewer than {@code minimumAnswers} (typically a group of one); applies to numbers, not to free
 *     text
 */
public record PrivacySettings(
    int minimumAnswers, int minimumTextAnswers, boolean managerMayBeShownAlone) {

  public static final int FLOOR = 3;
  public static final int TEXT_FLOOR = 5;

  public PrivacySettings {
    if (minimumAnswers < FLOOR) {
      throw new IllegalArgumentException(
          "a group needs at least " + FLOOR + " answers to show, not " + minimumAnswers);
    }
    if (minimumTextAnswers < Math.max(TEXT_FLOOR, minimumAnswers)) {
      throw new IllegalArgumentException(
          "free text needs at least "
              + Math.max(TEXT_FLOOR, minimumAnswers)
              + " answers to show, not "
              + minimumTextAnswers);
    }
  }

  /** The product's defaults: 3 for numbers, 5 for text, the manager never alone. */
  public static PrivacySettings defaults() {
    return new PrivacySettings(FLOOR, TEXT_FLOOR, false);
  }

  /** The defaults, with the agreement's choice about showing the manager alone. */
  public static PrivacySettings withManagerShownAlone(boolean allowed) {
    return new PrivacySettings(FLOOR, TEXT_FLOOR, allowed);
  }
}
