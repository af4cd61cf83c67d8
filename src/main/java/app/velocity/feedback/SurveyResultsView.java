package app.velocity.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The results of a survey as the executive and the coach see them: only what {@code
 * feedback.results} lets through. A withheld cell has no number, only the reason.
 */
public record SurveyResultsView(List<GoalResults> goals, List<WaveResult> waves) {

  /** One goal's scores, wave by wave. */
  public record GoalResults(UUID goal, String title, List<ScoreRow> waves) {}

  /** One wave's scores for a goal, per unit (overall first, then the groups). */
  public record ScoreRow(int wave, List<ScoreCell> units) {}

  /**
   * @param netScore mean of -3..+3, "don't know" left out; null when withheld
   * @param shareImproved share of scores above 0; null when withheld
   */
  public record ScoreCell(
      String unit, Integer answers, Double netScore, Double shareImproved, String withheld) {

    public boolean shown() {
      return withheld == null;
    }

    public String net() {
      return netScore == null ? "" : String.format(Locale.ROOT, "%+.1f", netScore);
    }

    public String improved() {
      return shareImproved == null ? "" : Math.round(shareImproved * 100) + "%";
    }
  }

  /** What one wave shows besides the scores. */
  public record WaveResult(
      int wave,
      List<ResponseCell> response,
      List<FollowUpCell> followUp,
      List<TextCell> suggestions) {}

  public record ResponseCell(String unit, Integer invited, Integer answered, String withheld) {
    public boolean shown() {
      return withheld == null;
    }

    public String rate() {
      return invited == null || invited == 0 ? "" : Math.round(100f * answered / invited) + "%";
    }
  }

  /** How often the leader followed up, answers per frequency (never, once, sometimes, often). */
  public record FollowUpCell(
      String unit, Integer answers, Map<String, Integer> counts, String withheld) {
    public boolean shown() {
      return withheld == null;
    }

    public String summary() {
      if (counts == null) {
        return "";
      }
      return "never "
          + counts.get("NEVER")
          + " · once "
          + counts.get("ONCE")
          + " · sometimes "
          + counts.get("SOMETIMES")
          + " · often "
          + counts.get("OFTEN");
    }
  }

  /** Suggestions of a unit in alphabetical order, so the order says nothing about who wrote one. */
  public record TextCell(String unit, List<String> texts, String withheld) {
    public boolean shown() {
      return withheld == null;
    }
  }
}
