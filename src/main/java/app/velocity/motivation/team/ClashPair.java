package app.velocity.motivation.team;

/**
 * Two members likely to clash, both of whom agreed to be shown.
 *
 * @param score see {@link TeamAnalysis} for how it is built; higher is more likely
 * @param distance between their going-well points, in points
 * @param reason why, in plain words
 */
public record ClashPair(
    String first, String second, double score, double distance, String reason) {}
