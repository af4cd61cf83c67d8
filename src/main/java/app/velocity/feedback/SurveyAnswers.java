package app.velocity.feedback;

import app.velocity.coaching.Coaching;
import app.velocity.feedback.results.Answer;
import app.velocity.feedback.results.FollowUp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering through a no-login link. The link names the invitation (who was asked); the answer is
 * held sealed until the wave is released, then aggregated and deleted ({@link WaveRelease}), so
 * that nobody, not even a database reader, can tell whose answer it was. The invitation is marked
 * answered in the same transaction, by a conditional UPDATE, so a link works exactly once even when
 * submitted twice at the same moment.
 */
@Service
public class SurveyAnswers {

  public static final int SUGGESTION_MAX = 500;

  private final JdbcClient jdbc;
  private final Coaching coaching;
  private final SealingKeys keys;
  private final Clock clock;

  SurveyAnswers(JdbcClient jdbc, Coaching coaching, SealingKeys keys, Clock clock) {
    this.jdbc = jdbc;
    this.coaching = coaching;
    this.keys = keys;
    this.clock = clock;
  }

  /**
   * The same service reading the time from another clock, for answers given before it was entered
   * (the demo's engagement, six months in): its checks hold as they did on that day. Requests from
   * people always go through the bean on the application's clock. The copy runs outside Spring's
   * proxy, so its calls get no transaction of their own: use it where nothing runs concurrently.
   */
  public SurveyAnswers asOf(Clock other) {
    return new SurveyAnswers(jdbc, coaching, keys, other);
  }

  /** What a stakeholder is asked. */
  public record Questions(String leader, List<Question> goals, LocalDate openUntil) {}

  /** One goal asked about. */
  public record Question(UUID goal, String title) {}

  /**
   * One stakeholder's answer as entered: per goal a score -3..+3 or {@code null} for "don't know",
   * the follow-up frequency (never, once, sometimes, often), an optional suggestion.
   */
  public record Submission(Map<UUID, Integer> scores, String followUp, String suggestion) {

    FollowUp frequency() {
      try {
        return FollowUp.valueOf(followUp.strip().toUpperCase(Locale.ROOT));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("followUp: choose never, once, sometimes or often");
      }
    }
  }

  private record Link(
      UUID wave,
      UUID stakeholder,
      UUID engagement,
      Instant closesAt,
      boolean released,
      StakeholderGroup group,
      boolean answered) {}

  public Questions questions(String token) {
    Link link = open(token);
    if (link.answered()) {
      throw new AlreadyAnswered();
    }
    Coaching.SurveySubject subject = coaching.surveySubject(link.engagement()).orElseThrow();
    return new Questions(
        subject.executive(),
        subject.goals().stream().map(g -> new Question(g.id(), g.title())).toList(),
        link.closesAt().atZone(ZoneOffset.UTC).toLocalDate());
  }

  /**
   * Checks raw form input against the questions; field name to message, empty when all is well.
   * Fields: {@code goal-<id>} (-3..3 or {@code dk}), {@code followUp}, {@code suggestion}.
   */
  public static Map<String, String> problems(Questions questions, Map<String, String> input) {
    var problems = new LinkedHashMap<String, String>();
    for (Question q : questions.goals()) {
      String value = input.getOrDefault("goal-" + q.goal(), "");
      if (value.isBlank()) {
        problems.put("goal-" + q.goal(), "Choose an answer from −3 to +3, or \"don't know\".");
      } else if (!value.equals("dk")) {
        try {
          int score = Integer.parseInt(value.strip());
          if (score < Answer.LOWEST_SCORE || score > Answer.HIGHEST_SCORE) {
            problems.put("goal-" + q.goal(), "Choose an answer from −3 to +3.");
          }
        } catch (NumberFormatException e) {
          problems.put("goal-" + q.goal(), "Choose an answer from −3 to +3.");
        }
      }
    }
    String followUp = input.getOrDefault("followUp", "");
    try {
      FollowUp.valueOf(followUp.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.put("followUp", "Say how often " + questions.leader() + " followed up with you.");
    }
    if (input.getOrDefault("suggestion", "").strip().length() > SUGGESTION_MAX) {
      problems.put(
          "suggestion",
          "Please keep the suggestion under " + SUGGESTION_MAX + " characters (it is longer).");
    }
    return problems;
  }

  /** Raw input that {@link #problems} accepted, as a submission. */
  public static Submission submission(Questions questions, Map<String, String> input) {
    var problems = problems(questions, input);
    if (!problems.isEmpty()) {
      var first = problems.entrySet().iterator().next();
      throw new IllegalArgumentException(first.getKey() + ": " + first.getValue());
    }
    var scores = new LinkedHashMap<UUID, Integer>();
    for (Question q : questions.goals()) {
      String value = input.get("goal-" + q.goal()).strip();
      scores.put(q.goal(), value.equals("dk") ? null : Integer.parseInt(value));
    }
    String suggestion = input.getOrDefault("suggestion", "").strip();
    return new Submission(
        scores, input.get("followUp").strip(), suggestion.isEmpty() ? null : suggestion);
  }

  /**
   * Holds the answer, sealed, until the wave's release, and uses up the link. Marking the
   * invitation answered and holding the answer happen in one transaction, so an answer is counted
   * exactly when it is kept; what that transaction writes of the answer is sealed and of one
   * length, and is deleted at the release (docs/survey-privacy.md, "Storage"). The wave's row is
   * locked first, so that an answer and the wave's release never pass each other: an answer is
   * either in the release or refused as closed.
   */
  @Transactional
  public void answer(String token, Submission submission) {
    Link link = open(token);
    Coaching.SurveySubject subject = coaching.surveySubject(link.engagement()).orElseThrow();
    var goals = subject.goals().stream().map(Coaching.SurveySubject.SurveyGoal::id).toList();
    if (!submission.scores().keySet().containsAll(goals)
        || !goals.containsAll(submission.scores().keySet())) {
      throw new IllegalArgumentException("scores: answer every goal (\"don't know\" is an answer)");
    }
    FollowUp frequency = submission.frequency();
    boolean open =
        jdbc.sql("select released_at, closes_at from survey_waves where id = ? for update")
            .param(link.wave())
            .query(
                (rs, n) ->
                    rs.getTimestamp("released_at") == null
                        && rs.getTimestamp("closes_at").toInstant().isAfter(clock.instant()))
            .single();
    if (!open) {
      throw new SurveyClosed();
    }
    int claimed =
        jdbc.sql(
                "update survey_invitations set answered = true where wave_id = ? and"
                    + " stakeholder_id = ? and not answered")
            .param(link.wave())
            .param(link.stakeholder())
            .update();
    if (claimed == 0) {
      throw new AlreadyAnswered();
    }
    String suggestion = submission.suggestion();
    AnswerSeal seal = keys.current();
    jdbc.sql("insert into survey_held_answers (id, wave_id, key_id, sealed) values (?, ?, ?, ?)")
        .param(UUID.randomUUID())
        .param(link.wave())
        .param(seal.keyId())
        .param(
            seal.seal(
                link.wave(),
                new AnswerSeal.Held(
                    link.group(),
                    submission.scores(),
                    frequency,
                    suggestion == null
                        ? null
                        : suggestion.substring(0, Math.min(SUGGESTION_MAX, suggestion.length())))))
        .update();
  }

  private Link open(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      throw new LinkNotValid();
    }
    Link link =
        jdbc.sql(
                """
                select l.wave_id, l.stakeholder_id, w.engagement_id, w.closes_at, w.released_at,
                  i.rater_group, i.answered
                from survey_links l join survey_waves w on w.id = l.wave_id
                  join survey_invitations i
                    on i.wave_id = l.wave_id and i.stakeholder_id = l.stakeholder_id
                where l.token_hash = ?""")
            .param(LinkTokens.hash(token))
            .query(
                (rs, n) ->
                    new Link(
                        rs.getObject("wave_id", UUID.class),
                        rs.getObject("stakeholder_id", UUID.class),
                        rs.getObject("engagement_id", UUID.class),
                        rs.getTimestamp("closes_at").toInstant(),
                        rs.getTimestamp("released_at") != null,
                        StakeholderGroup.valueOf(rs.getString("rater_group")),
                        rs.getBoolean("answered")))
            .optional()
            .orElseThrow(LinkNotValid::new);
    if (link.released() || !link.closesAt().isAfter(clock.instant())) {
      throw new SurveyClosed();
    }
    return link;
  }
}
