package app.velocity.feedback;

import app.velocity.audit.AuditLog;
import app.velocity.coaching.Coaching;
import app.velocity.coaching.EngagementView;
import app.velocity.coaching.Part;
import app.velocity.feedback.results.Cell;
import app.velocity.feedback.results.FollowUpSummary;
import app.velocity.feedback.results.GoalId;
import app.velocity.feedback.results.Response;
import app.velocity.feedback.results.Results;
import app.velocity.feedback.results.ScoreSummary;
import app.velocity.feedback.results.Suppression;
import app.velocity.feedback.results.Unit;
import app.velocity.feedback.results.WaveResults;
import app.velocity.organisations.CurrentUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads a survey's released results: what the aggregator of {@code feedback.results} published when
 * each wave closed ({@link WaveRelease}), exactly as it was then. Nothing of an open wave is read,
 * and no answer: none is kept after its wave's release.
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
   * waves: the part is the view's, the goals are the view's, nothing is read again but the
   * releases. The coach's read is audited as above.
   */
  Optional<Results> resultsFor(CurrentUser user, EngagementView view, List<Wave> waves) {
    Part part = view.part();
    if (part != Part.EXECUTIVE && part != Part.COACH) {
      throw new NotYourSurvey();
    }
    if (part == Part.COACH) {
      audit.record(user.id(), "survey.results.read", null, "engagement " + view.id());
    }
    return results(Coaching.surveySubject(view), waves);
  }

  /** The released results, empty when no wave has been released or no goal is set. */
  Optional<Results> results(Coaching.SurveySubject subject) {
    return results(subject, Surveys.waves(jdbc, subject.engagement()));
  }

  /**
   * The same for the waves the caller has already read: the results of the released ones, exactly
   * as they were released, read in one statement. An open wave contributes nothing.
   */
  Optional<Results> results(Coaching.SurveySubject subject, List<Wave> waves) {
    List<Wave> released = waves.stream().filter(Wave::released).toList();
    if (subject.goals().isEmpty() || released.isEmpty()) {
      return Optional.empty();
    }
    var goals = subject.goals().stream().map(g -> new GoalId(g.id().toString())).toList();
    Map<UUID, WaveResults> stored = Releases.of(jdbc, subject.engagement());
    var list = new ArrayList<WaveResults>();
    for (Wave wave : released) {
      WaveResults results = stored.get(wave.id());
      if (results != null) {
        list.add(results);
      }
    }
    return list.isEmpty() ? Optional.empty() : Optional.of(new Results(goals, list));
  }

  /**
   * A wave's cell for a goal; a goal set after the wave was released was not asked in it, and its
   * cells say so.
   */
  static Cell<ScoreSummary> score(WaveResults wave, GoalId goal, Unit unit) {
    return wave.scores().containsKey(goal)
        ? wave.score(goal, unit)
        : new Cell<>(
            null, new Suppression(Suppression.Reason.NO_ANSWERS, "not asked in this wave"));
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
          Cell<ScoreSummary> cell = score(wave, id, unit);
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
