package app.velocity.feedback;

import app.velocity.audit.AuditLog;
import app.velocity.coaching.Coaching;
import app.velocity.coaching.EngagementView;
import app.velocity.coaching.Part;
import app.velocity.feedback.results.Answer;
import app.velocity.feedback.results.Cell;
import app.velocity.feedback.results.FollowUp;
import app.velocity.feedback.results.FollowUpSummary;
import app.velocity.feedback.results.GoalId;
import app.velocity.feedback.results.Invitation;
import app.velocity.feedback.results.PrivacySettings;
import app.velocity.feedback.results.RaterGroup;
import app.velocity.feedback.results.RaterId;
import app.velocity.feedback.results.Response;
import app.velocity.feedback.results.Results;
import app.velocity.feedback.results.ScoreSummary;
import app.velocity.feedback.results.SurveyData;
import app.velocity.feedback.results.SurveyResults;
import app.velocity.feedback.results.Unit;
import app.velocity.feedback.results.WaveResults;
import app.velocity.organisations.CurrentUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads a survey's stored answers and hands them to the aggregator of {@code feedback.results},
 * which alone decides what may be shown. The stored answers carry no stakeholder, so each one is
 * given an id of its own that means nothing outside its wave (the aggregator's model: one unknown
 * per rater and wave; see docs/survey-privacy.md).
 */
@Service
class SurveyReport {

  private final JdbcClient jdbc;
  private final Coaching coaching;
  private final Surveys surveys;
  private final AuditLog audit;

  SurveyReport(JdbcClient jdbc, Coaching coaching, Surveys surveys, AuditLog audit) {
    this.jdbc = jdbc;
    this.coaching = coaching;
    this.surveys = surveys;
    this.audit = audit;
  }

  /** The executive's and the coach's view; nobody else's. */
  SurveyResultsView resultsFor(CurrentUser user, UUID engagement) {
    Part part = surveys.partOf(user, engagement);
    if (part != Part.EXECUTIVE && part != Part.COACH) {
      throw new NotYourSurvey();
    }
    if (part == Part.COACH) {
      audit.record(user.id(), "survey.results.read", null, "engagement " + engagement);
    }
    Coaching.SurveySubject subject = coaching.surveySubject(engagement).orElseThrow();
    return view(subject, results(subject));
  }

  /**
   * The same for the survey page, which has read the engagement as this reader sees it and its
   * waves: the part is the view's, the goals are the view's, nothing is read again but the answers.
   * The coach's read is audited as above.
   */
  Optional<Results> resultsFor(CurrentUser user, EngagementView view, List<Wave> waves) {
    Part part = view.part();
    if (part != Part.EXECUTIVE && part != Part.COACH) {
      throw new NotYourSurvey();
    }
    if (part == Part.COACH) {
      audit.record(user.id(), "survey.results.read", null, "engagement " + view.id());
    }
    return results(Coaching.surveySubject(view), waves.stream().filter(Wave::sent).toList());
  }

  /** The aggregated results, empty when no wave was sent or no goal is set. */
  Optional<Results> results(Coaching.SurveySubject subject) {
    return results(
        subject, Surveys.waves(jdbc, subject.engagement()).stream().filter(Wave::sent).toList());
  }

  /**
   * The same for the sent waves the caller has already read. The invitations, scores and answers of
   * all waves are read in three statements, not three per wave.
   */
  Optional<Results> results(Coaching.SurveySubject subject, List<Wave> sent) {
    if (subject.goals().isEmpty() || sent.isEmpty()) {
      return Optional.empty();
    }
    var goals = subject.goals().stream().map(g -> new GoalId(g.id().toString())).toList();
    String sentWaves =
        " in (select id from survey_waves where engagement_id = ? and sent_at is not null)";
    var invitedByWave = new HashMap<UUID, Map<RaterGroup, Integer>>();
    jdbc.sql(
            "select wave_id, rater_group, count(*) as n from survey_invitations where wave_id"
                + sentWaves
                + " group by wave_id, rater_group")
        .param(subject.engagement())
        .query(
            (rs, n) ->
                invitedByWave
                    .computeIfAbsent(rs.getObject("wave_id", UUID.class), k -> new HashMap<>())
                    .put(
                        StakeholderGroup.valueOf(rs.getString("rater_group")).raterGroup(),
                        rs.getInt("n")))
        .list();
    var scores = new HashMap<UUID, Map<GoalId, Integer>>();
    jdbc.sql(
            "select s.answer_id, s.goal_id, s.score from survey_scores s"
                + " join survey_answers a on a.id = s.answer_id where a.wave_id"
                + sentWaves)
        .param(subject.engagement())
        .query(
            (rs, n) ->
                scores
                    .computeIfAbsent(rs.getObject("answer_id", UUID.class), k -> new HashMap<>())
                    .put(new GoalId(rs.getObject("goal_id").toString()), rs.getInt("score")))
        .list();
    record Stored(UUID id, String group, String followUp, String suggestion) {}
    var answersByWave = new HashMap<UUID, List<Stored>>();
    jdbc.sql(
            "select wave_id, id, rater_group, follow_up, suggestion from survey_answers"
                + " where wave_id"
                + sentWaves
                + " order by id")
        .param(subject.engagement())
        .query(
            (rs, n) ->
                answersByWave
                    .computeIfAbsent(rs.getObject("wave_id", UUID.class), k -> new ArrayList<>())
                    .add(
                        new Stored(
                            rs.getObject("id", UUID.class),
                            rs.getString("rater_group"),
                            rs.getString("follow_up"),
                            rs.getString("suggestion"))))
        .list();
    var invitations = new ArrayList<Invitation>();
    var answers = new ArrayList<Answer>();
    for (Wave wave : sent) {
      invitedByWave
          .getOrDefault(wave.id(), Map.of())
          .forEach(
              (group, n) -> {
                for (int i = 0; i < n; i++) {
                  invitations.add(new Invitation(wave.number(), rater(wave, group, i), group));
                }
              });
      var next = new HashMap<RaterGroup, Integer>();
      for (Stored stored : answersByWave.getOrDefault(wave.id(), List.of())) {
        RaterGroup group = StakeholderGroup.valueOf(stored.group()).raterGroup();
        int index = next.merge(group, 1, Integer::sum) - 1;
        Map<GoalId, Integer> given = new HashMap<>(scores.getOrDefault(stored.id(), Map.of()));
        given.keySet().retainAll(goals);
        answers.add(
            new Answer(
                wave.number(),
                rater(wave, group, index),
                group,
                given,
                stored.followUp() == null ? null : FollowUp.valueOf(stored.followUp()),
                stored.suggestion()));
      }
    }
    return Optional.of(
        SurveyResults.aggregate(
            new SurveyData(goals, invitations, answers),
            PrivacySettings.withManagerShownAlone(subject.managerShownAlone())));
  }

  /** An id that only tells answers of one wave and group apart; it names nobody. */
  private static RaterId rater(Wave wave, RaterGroup group, int index) {
    return new RaterId(wave.number() + "-" + group + "-" + index);
  }

  static String label(Unit unit) {
    return switch (unit) {
      case OVERALL -> "Overall";
      case MANAGER -> "Manager";
      case PEERS -> "Peers";
      case DIRECT_REPORTS -> "Direct reports";
      case OTHERS -> "Others";
    };
  }

  private static String why(Cell<?> cell) {
    return cell.withheldBecause().map(s -> s.message()).orElse(null);
  }

  static SurveyResultsView view(Coaching.SurveySubject subject, Optional<Results> found) {
    if (found.isEmpty()) {
      return new SurveyResultsView(List.of(), List.of());
    }
    Results results = found.get();
    var goals = new ArrayList<SurveyResultsView.GoalResults>();
    for (var goal : subject.goals()) {
      GoalId id = new GoalId(goal.id().toString());
      var rows = new ArrayList<SurveyResultsView.ScoreRow>();
      for (WaveResults wave : results.waves()) {
        var cells = new ArrayList<SurveyResultsView.ScoreCell>();
        for (Unit unit : Unit.values()) {
          Cell<ScoreSummary> cell = wave.score(id, unit);
          cells.add(
              cell.shownValue()
                  .map(
                      s ->
                          new SurveyResultsView.ScoreCell(
                              label(unit), s.answers(), s.netScore(), s.shareImproved(), null))
                  .orElseGet(
                      () ->
                          new SurveyResultsView.ScoreCell(
                              label(unit), null, null, null, why(cell))));
        }
        rows.add(new SurveyResultsView.ScoreRow(wave.wave(), cells));
      }
      goals.add(new SurveyResultsView.GoalResults(goal.id(), goal.title(), rows));
    }
    var waves = new ArrayList<SurveyResultsView.WaveResult>();
    for (WaveResults wave : results.waves()) {
      var response = new ArrayList<SurveyResultsView.ResponseCell>();
      var followUp = new ArrayList<SurveyResultsView.FollowUpCell>();
      var texts = new ArrayList<SurveyResultsView.TextCell>();
      for (Unit unit : Unit.values()) {
        Cell<Response> r = wave.response().get(unit);
        response.add(
            r.shownValue()
                .map(
                    v ->
                        new SurveyResultsView.ResponseCell(
                            label(unit), v.invited(), v.answered(), null))
                .orElseGet(
                    () -> new SurveyResultsView.ResponseCell(label(unit), null, null, why(r))));
        Cell<FollowUpSummary> f = wave.followUp().get(unit);
        followUp.add(
            f.shownValue()
                .map(
                    v -> {
                      var counts = new LinkedHashMap<String, Integer>();
                      v.counts().forEach((k, c) -> counts.put(k.name(), c));
                      return new SurveyResultsView.FollowUpCell(
                          label(unit), v.answers(), counts, null);
                    })
                .orElseGet(
                    () -> new SurveyResultsView.FollowUpCell(label(unit), null, null, why(f))));
        Cell<List<String>> t = wave.suggestions().get(unit);
        texts.add(
            t.shownValue()
                .map(v -> new SurveyResultsView.TextCell(label(unit), v, null))
                .orElseGet(() -> new SurveyResultsView.TextCell(label(unit), null, why(t))));
      }
      waves.add(new SurveyResultsView.WaveResult(wave.wave(), response, followUp, texts));
    }
    return new SurveyResultsView(goals, waves);
  }
}
