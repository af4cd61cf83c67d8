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
 * Survey progress for the sponsor view: how many waves went out, how many answered the latest (the
 * only thing shown of an open wave), and per goal the overall net score of the latest released
 * wave, only where the privacy rules let it show. No goal titles, no groups, no suggestions. The
 * caller has established that the reader may see the engagement's aggregates (a sponsor of it, or
 * more).
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
   * @param answered how many of them answered (overall: never per group while it is open)
   * @param latestOpen whether the latest sent wave is still open
   * @param releasedWave the number of the latest released wave, 0 before the first release
   * @param goals the latest released overall net score per goal, in the goals' order
   */
  public record Progress(
      int wavesSent,
      int invited,
      int answered,
      boolean latestOpen,
      int releasedWave,
      List<GoalScore> goals) {

    /** Answers over invitations of the latest wave, as a whole percentage. */
    public int responsePercent() {
      return invited == 0 ? 0 : Math.round(100f * answered / invited);
    }
  }

  /**
   * @param goal the goal's number (1, 2), not its title: sponsors see no content
   * @param netScore the latest released overall net score, or null when withheld or none released
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
    List<Wave> waves = Surveys.waves(jdbc, subject.engagement());
    return of(subject, waves, report.results(subject, waves));
  }

  /** The same from the waves and released results the caller has already read (the survey page). */
  static Progress of(Coaching.SurveySubject subject, List<Wave> waves, Optional<Results> results) {
    List<Wave> sent = waves.stream().filter(Wave::sent).toList();
    Optional<WaveResults> released = results.map(r -> r.waves().get(r.waves().size() - 1));
    var goals = new ArrayList<GoalScore>();
    for (int i = 0; i < subject.goals().size(); i++) {
      GoalId goal = new GoalId(subject.goals().get(i).id().toString());
      if (released.isEmpty()) {
        goals.add(
            new GoalScore(
                i + 1,
                null,
                sent.isEmpty() ? "no wave sent yet" : "released when the first wave closes"));
        continue;
      }
      var cell = SurveyReport.score(released.get(), goal, Unit.OVERALL);
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
        latest != null && !latest.released(),
        released.map(WaveResults::wave).orElse(0),
        goals);
  }
}
