package app.velocity.feedback;

import app.velocity.coaching.Coaching;
import app.velocity.feedback.results.Answer;
import app.velocity.feedback.results.FollowUp;
import app.velocity.feedback.results.GoalId;
import app.velocity.feedback.results.Invitation;
import app.velocity.feedback.results.PrivacySettings;
import app.velocity.feedback.results.RaterGroup;
import app.velocity.feedback.results.RaterId;
import app.velocity.feedback.results.SurveyData;
import app.velocity.feedback.results.SurveyResults;
import app.velocity.feedback.results.WaveResults;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes a wave and releases its results, once: when every invited stakeholder has answered, when
 * its closing date has passed (the scheduled task) or when the coach closes it. The release claims
 * the wave with a conditional UPDATE ("released_at is null"), so that of two instances doing it at
 * the same moment exactly one computes and stores the results; the other changes nothing.
 *
 * <p>The release opens the wave's held answers, aggregates them under the privacy rules, stores
 * what may be shown and deletes the answers, all in one transaction that touches no stakeholder and
 * no invitation. From then on the wave's results are read from the release only, so they never
 * change, and no answer is kept: not sealed, not in the clear.
 */
@Component
class WaveRelease {

  private static final Logger log = LoggerFactory.getLogger(WaveRelease.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Coaching coaching;
  private final SealingKeys keys;
  private final TransactionTemplate transaction;

  WaveRelease(
      JdbcClient jdbc,
      Coaching coaching,
      SealingKeys keys,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.coaching = coaching;
    this.keys = keys;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * The scheduled task's body: releases every sent wave that is complete (all invited answered) or
   * past its closing date. Returns how many this call released.
   */
  int releaseDue(Instant now) {
    List<UUID> due =
        jdbc.sql(
                """
                select w.id from survey_waves w
                where w.sent_at is not null and w.released_at is null
                  and (w.closes_at <= ? or not exists (select 1 from survey_invitations i
                         where i.wave_id = w.id and not i.answered))""")
            .param(Timestamp.from(now))
            .query(UUID.class)
            .list();
    int released = 0;
    for (UUID wave : due) {
      try {
        if (release(wave, now)) {
          released++;
        }
      } catch (RuntimeException e) {
        // stays closed and unreleased, nothing lost: the next run tries again
        log.error("Survey wave {} could not be released: {}", wave, e.getMessage());
      }
    }
    return released;
  }

  /**
   * Closes the wave now, if it was sent and is not released yet, and releases its results. False
   * when it was not sent or is released already (by anyone).
   */
  boolean release(UUID wave, Instant now) {
    return Boolean.TRUE.equals(transaction.execute(status -> releaseInTransaction(wave, now)));
  }

  private boolean releaseInTransaction(UUID wave, Instant now) {
    int claimed =
        jdbc.sql(
                "update survey_waves set released_at = ?,"
                    + " closes_at = case when closes_at > ? then ? else closes_at end"
                    + " where id = ? and sent_at is not null and released_at is null")
            .param(Timestamp.from(now))
            .param(Timestamp.from(now))
            .param(Timestamp.from(now))
            .param(wave)
            .update();
    if (claimed == 0) {
      return false;
    }
    record Claimed(UUID engagement, int number) {}
    Claimed claimedWave =
        jdbc.sql("select engagement_id, number from survey_waves where id = ?")
            .param(wave)
            .query((rs, n) -> new Claimed(rs.getObject("engagement_id", UUID.class), rs.getInt(2)))
            .single();
    Coaching.SurveySubject subject = coaching.surveySubject(claimedWave.engagement()).orElseThrow();
    WaveResults results = aggregate(wave, claimedWave.number(), subject);
    Releases.store(jdbc, wave, results);
    jdbc.sql("delete from survey_held_answers where wave_id = ?").param(wave).update();
    deleteAnswersStoredBeforeHolding(wave);
    return true;
  }

  private WaveResults aggregate(UUID wave, int number, Coaching.SurveySubject subject) {
    var goals = subject.goals().stream().map(g -> new GoalId(g.id().toString())).toList();
    var invitations = new ArrayList<Invitation>();
    jdbc.sql(
            "select rater_group, count(*) as n from survey_invitations where wave_id = ?"
                + " group by rater_group")
        .param(wave)
        .query(
            (rs, n) -> {
              RaterGroup group = StakeholderGroup.valueOf(rs.getString(1)).raterGroup();
              for (int i = 0; i < rs.getInt(2); i++) {
                invitations.add(new Invitation(number, rater(group, i), group));
              }
              return null;
            })
        .list();
    List<AnswerSeal.Held> held = new ArrayList<>(opened(wave));
    held.addAll(storedBeforeHolding(wave));
    // The aggregator depends on no order; shuffling makes sure of it here as well.
    Collections.shuffle(held, RANDOM);
    var next = new EnumMap<RaterGroup, Integer>(RaterGroup.class);
    var answers = new ArrayList<Answer>();
    for (AnswerSeal.Held answer : held) {
      RaterGroup group = answer.group().raterGroup();
      int index = next.merge(group, 1, Integer::sum) - 1;
      var scores = new HashMap<GoalId, Integer>();
      answer
          .scores()
          .forEach(
              (goal, score) -> {
                GoalId id = new GoalId(goal.toString());
                if (score != null && goals.contains(id)) {
                  scores.put(id, score);
                }
              });
      answers.add(
          new Answer(
              number, rater(group, index), group, scores, answer.followUp(), answer.suggestion()));
    }
    return SurveyResults.aggregate(
            new SurveyData(goals, invitations, answers),
            PrivacySettings.withManagerShownAlone(subject.managerShownAlone()))
        .wave(number);
  }

  /** An id that only tells answers of one group apart within this release; it names nobody. */
  private static RaterId rater(RaterGroup group, int index) {
    return new RaterId(group + "-" + index);
  }

  private List<AnswerSeal.Held> opened(UUID wave) {
    return jdbc.sql("select key_id, sealed from survey_held_answers where wave_id = ?")
        .param(wave)
        .query(
            (rs, n) -> {
              String keyId = rs.getString("key_id");
              AnswerSeal seal =
                  keys.named(keyId)
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  "an answer is sealed with key "
                                      + keyId
                                      + ", which this instance does not have: set"
                                      + " VELOCITY_SURVEY_KEY to the key the other instances"
                                      + " use (docs/deployment.md)"));
              return seal.open(wave, rs.getBytes("sealed"));
            })
        .list();
  }

  /**
   * Answers stored in the clear by the Velocity of before the holding area (survey_answers,
   * survey_scores): they are released like held ones, then deleted with them.
   */
  private List<AnswerSeal.Held> storedBeforeHolding(UUID wave) {
    var scores = new HashMap<UUID, Map<UUID, Integer>>();
    jdbc.sql(
            "select s.answer_id, s.goal_id, s.score from survey_scores s"
                + " join survey_answers a on a.id = s.answer_id where a.wave_id = ?")
        .param(wave)
        .query(
            (rs, n) ->
                scores
                    .computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                    .put(rs.getObject(2, UUID.class), rs.getInt(3)))
        .list();
    return jdbc.sql(
            "select id, rater_group, follow_up, suggestion from survey_answers where wave_id = ?")
        .param(wave)
        .query(
            (rs, n) ->
                new AnswerSeal.Held(
                    StakeholderGroup.valueOf(rs.getString("rater_group")),
                    scores.getOrDefault(rs.getObject("id", UUID.class), Map.of()),
                    rs.getString("follow_up") == null
                        ? null
                        : FollowUp.valueOf(rs.getString("follow_up")),
                    rs.getString("suggestion")))
        .list();
  }

  private void deleteAnswersStoredBeforeHolding(UUID wave) {
    jdbc.sql(
            "delete from survey_scores where answer_id in"
                + " (select id from survey_answers where wave_id = ?)")
        .param(wave)
        .update();
    jdbc.sql("delete from survey_answers where wave_id = ?").param(wave).update();
  }
}
