package app.velocity.coaching;

import app.velocity.organisations.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One engagement as one person may see it. Content lists are empty for parts that may not see
 * content; the sponsor's aggregates are filled for everyone who may see them. {@code executiveId}
 * is for the callers that go on to read what belongs to the executive (the goal choices); it is not
 * shown.
 */
public record EngagementView(
    UUID id,
    Part part,
    String executive,
    String coach,
    String organisation,
    List<String> sponsors,
    LocalDate startsOn,
    LocalDate endsOn,
    EngagementStatus status,
    boolean agreementAccepted,
    boolean managerShownAlone,
    List<GoalView> goals,
    List<ActionView> actions,
    List<JournalEntryView> journal,
    List<SessionView> sessions,
    Progress progress,
    PersonId executiveId) {

  /**
   * A goal with its levels and reviews.
   *
   * @param strength the id of the strength, overdone, the goal is tied to, or null
   * @param relationship the person on the map the goal is tied to, or null
   * @param tiedTo the tie in words, or null when the goal is tied to nothing
   */
  public record GoalView(
      UUID id,
      String title,
      List<String> levels,
      List<Integer> scores,
      Integer latest,
      String strength,
      UUID relationship,
      String tiedTo) {
    public String levelLabel(int index) {
      return switch (index) {
        case 0 -> "−2 much less than expected";
        case 1 -> "−1 somewhat less than expected";
        case 2 -> "0 the expected outcome";
        case 3 -> "+1 somewhat more than expected";
        default -> "+2 much more than expected";
      };
    }
  }

  /** An action commitment. */
  /** An action commitment; {@code session} is the session it was agreed in, or null. */
  public record ActionView(
      UUID id, String title, LocalDate dueOn, String status, boolean overdue, UUID session) {}

  /**
   * What sponsors see: counts, levels and the combined T-score, never content. Goals are numbered
   * (goal 1, goal 2), not named: a goal's title is content.
   *
   * @param tScore the goal-attainment T-score of the latest levels, null before the first review
   * @param survey the stakeholder mini-survey line, see {@link SurveyProgress}
   */
  public record Progress(
      int goals,
      int goalsScored,
      int actionsOpen,
      int actionsDone,
      List<Integer> latestLevels,
      int sessionsHeld,
      Double tScore,
      String survey) {

    public String tScoreText() {
      return tScore == null
          ? "not yet reviewed"
          : String.format(java.util.Locale.ROOT, "%.1f", tScore);
    }

    public static String level(Integer level) {
      return level == null ? "not yet reviewed" : (level > 0 ? "+" + level : String.valueOf(level));
    }
  }

  public boolean isExecutive() {
    return part == Part.EXECUTIVE;
  }

  public boolean isCoach() {
    return part == Part.COACH;
  }

  public boolean seesContent() {
    return part.seesContent();
  }

  public boolean canWork() {
    return status == EngagementStatus.ACTIVE && part.seesContent();
  }
}
