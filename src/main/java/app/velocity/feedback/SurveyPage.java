package app.velocity.feedback;

import app.velocity.coaching.EngagementView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the survey page of one engagement shows to one person, with the input of a form that
 * went wrong kept in {@code input} and its message in {@code error} (for the form {@code form}).
 */
public record SurveyPage(
    EngagementView engagement,
    List<Stakeholder> stakeholders,
    List<Wave> waves,
    SurveyResultsView results,
    List<GoalChart> charts,
    List<FollowUpConversation> followUps,
    SurveyProgress.Progress progress,
    Instant now,
    String form,
    String error,
    Map<String, String> input) {

  /** One goal's results with its progress chart (SVG drawn on the server). */
  public record GoalChart(SurveyResultsView.GoalResults goal, String svg) {}

  /** What was entered in a field of the form that went wrong; empty for every other form. */
  public String value(String formName, String field) {
    String value = formName.equals(form) ? input.get(field) : null;
    return value == null ? "" : value;
  }

  public String errorFor(String formName) {
    return formName.equals(form) ? error : null;
  }

  public List<StakeholderGroup> groups() {
    return List.of(StakeholderGroup.values());
  }

  public int minimum() {
    return Surveys.MIN_STAKEHOLDERS;
  }

  public int maximum() {
    return Surveys.MAX_STAKEHOLDERS;
  }
}
