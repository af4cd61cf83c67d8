package app.velocity.feedback;

import app.velocity.coaching.Coaching;
import app.velocity.mail.Mail;
import app.velocity.mail.Mailer;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonView;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends waves and reminders. Every step claims its work with a conditional UPDATE first ("sent_at
 * is null", "reminders_sent = what I read"), so that two instances running the same task at the
 * same moment never send a wave or a reminder twice: the loser updates no row and sends nothing.
 */
@Component
class WaveDispatch {

  /** How long a wave's links work. */
  static final Duration OPEN_FOR = Duration.ofDays(21);

  /** A reminder goes out this long after the wave, and again after twice this long. */
  static final Duration REMIND_AFTER = Duration.ofDays(7);

  static final int MAX_REMINDERS = 2;

  private static final Logger log = LoggerFactory.getLogger(WaveDispatch.class);

  private final JdbcClient jdbc;
  private final Coaching coaching;
  private final Directory directory;
  private final Mailer mailer;
  private final TransactionTemplate transaction;
  private final String baseUrl;

  WaveDispatch(
      JdbcClient jdbc,
      Coaching coaching,
      Directory directory,
      Mailer mailer,
      PlatformTransactionManager transactions,
      @Value("${velocity.base-url}") String baseUrl) {
    this.jdbc = jdbc;
    this.coaching = coaching;
    this.directory = directory;
    this.mailer = mailer;
    this.transaction = new TransactionTemplate(transactions);
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The scheduled task's body: sends every wave that is due. Returns how many were sent. */
  int sendDueWaves(Instant now) {
    List<UUID> due =
        jdbc.sql("select id from survey_waves where sent_at is null and due_on <= ?")
            .param(LocalDate.ofInstant(now, ZoneOffset.UTC))
            .query(UUID.class)
            .list();
    int sent = 0;
    for (UUID wave : due) {
      try {
        if (send(wave, now)) {
          sent++;
        }
      } catch (IllegalStateException e) {
        // stays due: the coach sees why on the survey page and can send it once fixed
        log.info("Survey wave {} is due but not sent: {}", wave, e.getMessage());
      }
    }
    return sent;
  }

  /**
   * Sends one wave: an invitation and an e-mail with a fresh link to every stakeholder. False when
   * the wave was sent already (by anyone); throws when it cannot be sent yet, saying why.
   */
  boolean send(UUID wave, Instant now) {
    return Boolean.TRUE.equals(transaction.execute(status -> sendInTransaction(wave, now)));
  }

  private boolean sendInTransaction(UUID wave, Instant now) {
    UUID engagement =
        jdbc.sql("select engagement_id from survey_waves where id = ?")
            .param(wave)
            .query(UUID.class)
            .single();
    Coaching.SurveySubject subject =
        coaching.surveySubject(engagement).orElseThrow(NotYourSurvey::new);
    StakeholderList list = Surveys.stakeholderList(jdbc, engagement);
    List<Stakeholder> stakeholders = list.stakeholders();
    if (!subject.active()) {
      throw new IllegalStateException("The engagement is not active.");
    }
    if (subject.goals().isEmpty()) {
      throw new IllegalStateException(
          "The engagement has no goal yet: stakeholders are asked about the goals.");
    }
    if (stakeholders.size() < Surveys.MIN_STAKEHOLDERS) {
      throw new IllegalStateException(
          "A wave needs at least "
              + Surveys.MIN_STAKEHOLDERS
              + " stakeholders; "
              + subject.executive()
              + " has named "
              + stakeholders.size()
              + ".");
    }
    Optional<String> problem =
        list.problem(directory.person(subject.executiveId()).map(PersonView::email).orElse(null));
    if (problem.isPresent()) {
      throw new IllegalStateException("The wave waits: " + problem.get());
    }
    if (!list.confirmed()) {
      throw new IllegalStateException(
          list.changedSinceConfirmed()
              ? "The wave waits: the list of stakeholders changed after the coach confirmed it;"
                  + " the coach confirms it again before the wave is sent."
              : "The wave waits: the coach confirms the list of stakeholders before the first"
                  + " wave is sent.");
    }
    Instant closes = now.plus(OPEN_FOR);
    int claimed =
        jdbc.sql(
                "update survey_waves set sent_at = ?, closes_at = ? where id = ? and sent_at is"
                    + " null")
            .param(Timestamp.from(now))
            .param(Timestamp.from(closes))
            .param(wave)
            .update();
    if (claimed == 0) {
      return false;
    }
    for (Stakeholder stakeholder : stakeholders) {
      jdbc.sql(
              "insert into survey_invitations (wave_id, stakeholder_id, rater_group)"
                  + " values (?, ?, ?)")
          .param(wave)
          .param(stakeholder.id())
          .param(stakeholder.group().name())
          .update();
      mailer.send(
          new Mail(
              stakeholder.email(),
              "You have been asked for feedback (under two minutes)",
              invitation(stakeholder, subject, newLink(wave, stakeholder.id()), closes, false)));
    }
    return true;
  }

  /**
   * The scheduled task's body: reminds those who have not answered an open wave, a week after it
   * was sent and again after two weeks, never more. Returns how many reminders were mailed.
   */
  int sendReminders(Instant now) {
    List<Wave> open =
        jdbc.sql(
                "select w.*, 0 as invited, 0 as answered from survey_waves w"
                    + " where w.sent_at is not null and w.released_at is null and w.closes_at > ?"
                    + " and w.reminders_sent < ?")
            .param(Timestamp.from(now))
            .param(MAX_REMINDERS)
            .query(Surveys::wave)
            .list();
    int mailed = 0;
    for (Wave wave : open) {
      Instant due = wave.sentAt().plus(REMIND_AFTER.multipliedBy(wave.remindersSent() + 1L));
      if (!now.isBefore(due)) {
        Integer count = transaction.execute(status -> remind(wave, now));
        mailed += count == null ? 0 : count;
      }
    }
    return mailed;
  }

  private int remind(Wave wave, Instant now) {
    int claimed =
        jdbc.sql(
                "update survey_waves set reminders_sent = reminders_sent + 1"
                    + " where id = ? and reminders_sent = ?")
            .param(wave.id())
            .param(wave.remindersSent())
            .update();
    if (claimed == 0) {
      return 0;
    }
    UUID engagement =
        jdbc.sql("select engagement_id from survey_waves where id = ?")
            .param(wave.id())
            .query(UUID.class)
            .single();
    Coaching.SurveySubject subject = coaching.surveySubject(engagement).orElseThrow();
    List<Stakeholder> waiting =
        Surveys.stakeholders(jdbc, engagement).stream()
            .filter(
                s ->
                    jdbc.sql(
                                "select count(*) from survey_invitations where wave_id = ?"
                                    + " and stakeholder_id = ? and not answered")
                            .param(wave.id())
                            .param(s.id())
                            .query(Integer.class)
                            .single()
                        > 0)
            .toList();
    for (Stakeholder stakeholder : waiting) {
      mailer.send(
          new Mail(
              stakeholder.email(),
              "Reminder: you have been asked for feedback",
              invitation(
                  stakeholder,
                  subject,
                  newLink(wave.id(), stakeholder.id()),
                  wave.closesAt(),
                  true)));
    }
    return waiting.size();
  }

  /**
   * A new link for one stakeholder in one wave; every link of theirs works until the wave closes.
   */
  private String newLink(UUID wave, UUID stakeholder) {
    String token = LinkTokens.newToken();
    jdbc.sql("insert into survey_links (token_hash, wave_id, stakeholder_id) values (?, ?, ?)")
        .param(LinkTokens.hash(token))
        .param(wave)
        .param(stakeholder)
        .update();
    return baseUrl + "/survey/" + token;
  }

  private static String invitation(
      Stakeholder to,
      Coaching.SurveySubject subject,
      String link,
      Instant closes,
      boolean reminder) {
    var goals = new StringBuilder();
    subject.goals().forEach(g -> goals.append("  - ").append(g.title()).append('\n'));
    return "Dear "
        + to.name()
        + ",\n\n"
        + (reminder ? "A short reminder: " : "")
        + subject.executive()
        + " is working with a coach on:\n\n"
        + goals
        + "\nand would value your honest view of the change you have seen. It takes under two"
        + " minutes and needs no account:\n\n  "
        + link
        + "\n\nYour answer is stored without your name and kept sealed until the survey closes;"
        + " then it is counted with the others' and deleted. Results appear only after the survey"
        + " has closed, for groups of at least 3 people (written suggestions: 5), never per"
        + " person. The link works once, until "
        + closes.atZone(ZoneOffset.UTC).toLocalDate()
        + ".\n\nThank you.\n";
  }
}
