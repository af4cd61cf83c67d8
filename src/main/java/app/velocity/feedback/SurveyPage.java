package app.velocity.feedback;

import app.velocity.coaching.EngagementView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the survey page of one engagement shows to one person, with the input of a form that
 * went wrong kept in {@code input} and its message in {@code error} (for the form {@code form});
 * {@code field} names the input the message is about, shown beside it, or is null.
 */
public record SurveyPage(
    EngagementView engagement,
    StakeholderList stakeholderList,
    List<Wave> waves,
    SurveyResultsView results,
    List<GoalChart> charts,
    List<FollowUpConversation> followUps,
    SurveyProgress.Progress progress,
    Instant now,
    String form,
    String error,
    String field,
    Map<String, String> input) {

  /** One goal's results with its progress chart (SVG drawn on the server). */
  public record GoalChart(SurveyResultsView.GoalResults goal, String svg) {}

  /** What was entered in a field of the form that went wrong; empty for every other form. */
  public String value(String formName, String field) {
    String value = formName.equals(form) ? input.get(field) : null;
    return value == null ? "" : value;
  }

  /** The form's mistake when it is about none of the form's inputs, shown above the form. */
  public String errorFor(String formName) {
    return formName.equals(form) && (field == null || !input.containsKey(field)) ? error : null;
  }

  /** The mistake about this input of this form, shown beside it. */
  public String errorFor(String formName, String inputName) {
    return formName.equals(form) && inputName.equals(field) ? error : null;
  }

  public List<Stakeholder> stakeholders() {
    return stakeholderList.stakeholders();
  }

  /** The day the coach last confirmed the list. */
  public String confirmedOn() {
    Instant at = stakeholderList.confirmedAt();
    return at == null ? "" : at.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
  }

  /** The day an open wave closes at the latest. */
  public String closesOn(Wave wave) {
    return wave.closesAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
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
