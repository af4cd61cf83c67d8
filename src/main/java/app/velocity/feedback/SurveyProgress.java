package app.velocity.feedback;

import app.velocity.coaching.Coaching;
import app.velocity.feedback.results.GoalId;
import app.velocity.feedback.results.Results;
import app.velocity.feedback.results.Unit;
import app.velocity.feedback.results.WaveResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Survey progress for the sponsor view: how many waves went out, the latest response rate, and per
 * goal the latest overall net score only where the privacy rules let it show. No goal titles, no
 * groups, no suggestions. The caller has established that the reader may see the engagement's
 * aggregates (a sponsor of it, or more).
 */
@Service
public class SurveyProgress {

  private final JdbcClient jdbc;
  private final Coaching coaching;
  private final SurveyReport report;

  SurveyProgress(JdbcClient jdbc, Coaching coaching, SurveyReport report) {
    this.jdbc = jdbc;
    this.coaching = coaching;
    this.report = report;
  }

  /**
   * @param wavesSent waves sent so far
   * @param invited stakeholders asked in the latest sent wave
   * @param answered how many of them answered
   * @param goals the latest overall net score per goal, in the goals' order
   */
  public record Progress(int wavesSent, int invited, int answered, List<GoalScore> goals) {

    /** Answers over invitations of the latest wave, as a whole percentage. */
    public int responsePercent() {
      return invited == 0 ? 0 : Math.round(100f * answered / invited);
    }
  }

  /**
   * @param goal the goal's number (1, 2), not its title: sponsors see no content
   * @param netScore the latest wave's overall net score, or null when withheld or not asked yet
   * @param withheld why there is no number, or null
   */
  public record GoalScore(int goal, Double netScore, String withheld) {
    public String net() {
      return netScore == null ? "" : String.format(java.util.Locale.ROOT, "%+.1f", netScore);
    }
  }

  public Progress of(UUID engagement) {
    return of(coaching.surveySubject(engagement).orElseThrow());
  }

  /** The same for an engagement the caller has already read (the engagement view). */
  Progress of(Coaching.SurveySubject subject) {
    List<Wave> sent =
        Surveys.waves(jdbc, subject.engagement()).stream().filter(Wave::sent).toList();
    return of(subject, sent, report.results(subject, sent));
  }

  /** The same from the waves and results the caller has already read (the survey page). */
  static Progress of(Coaching.SurveySubject subject, List<Wave> waves, Optional<Results> results) {
    List<Wave> sent = waves.stream().filter(Wave::sent).toList();
    var goals = new ArrayList<GoalScore>();
    for (int i = 0; i < subject.goals().size(); i++) {
      GoalId goal = new GoalId(subject.goals().get(i).id().toString());
      if (results.isEmpty()) {
        goals.add(new GoalScore(i + 1, null, "no wave sent yet"));
        continue;
      }
      Results r = results.get();
      WaveResults latest = r.waves().get(r.waves().size() - 1);
      var cell = latest.score(goal, Unit.OVERALL);
      goals.add(
          new GoalScore(
              i + 1,
              cell.shownValue().map(s -> s.netScore()).orElse(null),
              cell.withheldBecause().map(s -> s.message()).orElse(null)));
    }
    Wave latest = sent.isEmpty() ? null : sent.get(sent.size() - 1);
    return new Progress(
        sent.size(),
        latest == null ? 0 : latest.invited(),
        latest == null ? 0 : latest.answered(),
        goals);
  }
}
