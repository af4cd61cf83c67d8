package app.velocity.feedback.results;

/**
 * The answers of one unit about one goal in one wave ("don't know" left out).
 *
 * @param answers how many raters gave a score
 * @param netScore the mean score, -3..+3; Goldsmith's target is above +1
 * @param shareImproved the share of scores above 0
 * @param shareUnchanged the share of scores of exactly 0
 * @param shareWorse the share of scores below 0
 */
public record ScoreSummary(
    int answers, double netScore, double shareImproved, double shareUnchanged, double shareWorse) {

  static ScoreSummary of(int answers, int sum, int improved, int worse) {
    return new ScoreSummary(
        answers,
        (double) sum / answers,
        (double) improved / answers,
        (double) (answers - improved - worse) / answers,
        (double) worse / answers);
  }
}
