package app.velocity.feedback;

import app.velocity.coaching.Coaching;
import app.velocity.coaching.EngagementView;
import app.velocity.coaching.Part;
import app.velocity.organisations.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey of one engagement as its people work on it: the executive names the stakeholders and
 * logs follow-up conversations, the coach sets the waves and may send one now. Every call first
 * establishes the person's part in the engagement through {@link Coaching#view}, so nobody outside
 * it learns that it exists.
 */
@Service
public class Surveys {

  public static final int MIN_STAKEHOLDERS = 6;
  public static final int MAX_STAKEHOLDERS = 12;
  static final int MAX_WAVES = 6;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final JdbcClient jdbc;
  private final Coaching coaching;
  private final WaveDispatch dispatch;
  private final Clock clock;

  Surveys(JdbcClient jdbc, Coaching coaching, WaveDispatch dispatch, Clock clock) {
    this.jdbc = jdbc;
    this.coaching = coaching;
    this.dispatch = dispatch;
    this.clock = clock;
  }

  /**
   * The same service reading the time from another clock, for a wave that took place before it was
   * entered (the demo's engagement, six months in): its checks hold as they did on that day.
   * Requests from people always go through the bean on the application's clock. The copy runs
   * outside Spring's proxy, so its calls get no transaction of their own: use it where nothing runs
   * concurrently.
   */
  public Surveys asOf(Clock other) {
    return new Surveys(jdbc, coaching, dispatch, other);
  }

  /** The part the person plays; 404 for anyone without one. */
  public Part partOf(CurrentUser user, UUID engagement) {
    return coaching.partIn(user, engagement);
  }

  private void require(CurrentUser user, UUID engagement, Set<Part> allowed) {
    if (!allowed.contains(partOf(user, engagement))) {
      throw new NotYourSurvey();
    }
  }

  private void requireActive(UUID engagement) {
    if (!coaching.surveySubject(engagement).map(Coaching.SurveySubject::active).orElse(false)) {
      throw new IllegalStateException(
          "The engagement is not active: the executive accepts the agreement first, and a closed"
              + " engagement takes no more surveys.");
    }
  }

  /**
   * The survey's stakeholders, waves and follow-up conversations for the survey page, which has
   * just read the engagement as this reader sees it: the view's part stands for the check the other
   * methods make, so it is not read again. Only the executive and the coach see them.
   */
  record Content(
      List<Stakeholder> stakeholders, List<Wave> waves, List<FollowUpConversation> followUps) {}

  Content content(EngagementView view) {
    if (!view.seesContent()) {
      throw new NotYourSurvey();
    }
    return new Content(stakeholders(jdbc, view.id()), waves(jdbc, view.id()), followUps(view.id()));
  }

  // --- stakeholders -------------------------------------------------------------------------

  public List<Stakeholder> stakeholders(CurrentUser user, UUID engagement) {
    require(user, engagement, Set.of(Part.EXECUTIVE, Part.COACH));
    return stakeholders(jdbc, engagement);
  }

  static List<Stakeholder> stakeholders(JdbcClient jdbc, UUID engagement) {
    return jdbc.sql(
            "select id, name, email, rater_group from survey_stakeholders"
                + " where engagement_id = ? order by rater_group, name")
        .param(engagement)
        .query(
            (rs, n) ->
                new Stakeholder(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("email"),
                    StakeholderGroup.valueOf(rs.getString("rater_group"))))
        .list();
  }

  /** The executive names a stakeholder; at most {@value #MAX_STAKEHOLDERS}, each e-mail once. */
  @Transactional
  public UUID addStakeholder(
      CurrentUser user, UUID engagement, String name, String email, String group) {
    require(user, engagement, Set.of(Part.EXECUTIVE));
    requireActive(engagement);
    String cleanName = name == null ? "" : name.strip();
    String cleanEmail = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    if (cleanName.isEmpty()) {
      throw new IllegalArgumentException("name: enter the stakeholder's name");
    }
    if (cleanName.length() > 200) {
      throw new IllegalArgumentException("name: keep the name under 200 characters");
    }
    if (!EMAIL.matcher(cleanEmail).matches() || cleanEmail.length() > 320) {
      throw new IllegalArgumentException("email: enter an e-mail address such as name@example.com");
    }
    StakeholderGroup theGroup = StakeholderGroup.parse(group);
    List<Stakeholder> existing = stakeholders(jdbc, engagement);
    if (existing.stream().anyMatch(s -> s.email().equals(cleanEmail))) {
      throw new IllegalArgumentException("email: " + cleanEmail + " is already a stakeholder");
    }
    if (existing.size() >= MAX_STAKEHOLDERS) {
      throw new IllegalArgumentException(
          "name: a mini-survey asks "
              + MIN_STAKEHOLDERS
              + " to "
              + MAX_STAKEHOLDERS
              + " stakeholders; remove one before adding another");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into survey_stakeholders (id, engagement_id, name, email, rater_group,"
                + " created_at) values (?, ?, ?, ?, ?, ?)")
        .param(id)
        .param(engagement)
        .param(cleanName)
        .param(cleanEmail)
        .param(theGroup.name())
        .param(Timestamp.from(clock.instant()))
        .update();
    return id;
  }

  /**
   * Removes a stakeholder: they get no further waves or reminders and their open links stop
   * working. What they answered stays, unlinked, in the results.
   */
  @Transactional
  public void removeStakeholder(CurrentUser user, UUID engagement, UUID stakeholder) {
    require(user, engagement, Set.of(Part.EXECUTIVE));
    int removed =
        jdbc.sql("delete from survey_stakeholders where id = ? and engagement_id = ?")
            .param(stakeholder)
            .param(engagement)
            .update();
    if (removed == 0) {
      throw new NotYourSurvey();
    }
    jdbc.sql("delete from survey_links where stakeholder_id = ?").param(stakeholder).update();
  }

  // --- waves --------------------------------------------------------------------------------

  public List<Wave> waves(CurrentUser user, UUID engagement) {
    require(user, engagement, Set.of(Part.EXECUTIVE, Part.COACH));
    return waves(jdbc, engagement);
  }

  static List<Wave> waves(JdbcClient jdbc, UUID engagement) {
    return jdbc.sql(
            """
            select w.*,
              (select count(*) from survey_invitations i where i.wave_id = w.id) as invited,
              (select count(*) from survey_invitations i where i.wave_id = w.id and i.answered)
                as answered
            from survey_waves w where w.engagement_id = ? order by w.number""")
        .param(engagement)
        .query(Surveys::wave)
        .list();
  }

  static Wave wave(ResultSet rs, int row) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    Timestamp closes = rs.getTimestamp("closes_at");
    return new Wave(
        rs.getObject("id", UUID.class),
        rs.getInt("number"),
        rs.getObject("due_on", LocalDate.class),
        sent == null ? null : sent.toInstant(),
        closes == null ? null : closes.toInstant(),
        rs.getInt("reminders_sent"),
        rs.getInt("invited"),
        rs.getInt("answered"));
  }

  /** The coach sets the next wave's date: today or later, after the previous wave's date. */
  @Transactional
  public UUID scheduleWave(CurrentUser user, UUID engagement, LocalDate dueOn) {
    require(user, engagement, Set.of(Part.COACH));
    requireActive(engagement);
    if (dueOn == null) {
      throw new IllegalArgumentException("dueOn: choose the date the wave is sent");
    }
    if (dueOn.isBefore(LocalDate.now(clock))) {
      throw new IllegalArgumentException("dueOn: choose today or a later date");
    }
    List<Wave> existing = waves(jdbc, engagement);
    if (existing.size() >= MAX_WAVES) {
      throw new IllegalArgumentException(
          "dueOn: an engagement has at most " + MAX_WAVES + " waves");
    }
    if (!existing.isEmpty() && !dueOn.isAfter(existing.get(existing.size() - 1).dueOn())) {
      throw new IllegalArgumentException(
          "dueOn: choose a date after the last wave's ("
              + existing.get(existing.size() - 1).dueOn()
              + ")");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into survey_waves (id, engagement_id, number, due_on, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .param(id)
        .param(engagement)
        .param(existing.size() + 1)
        .param(dueOn)
        .param(Timestamp.from(clock.instant()))
        .update();
    return id;
  }

  /** The coach sends a wave now instead of on its date. */
  public void sendNow(CurrentUser user, UUID engagement, UUID wave) {
    require(user, engagement, Set.of(Part.COACH));
    requireWaveOf(engagement, wave);
    if (!dispatch.send(wave, clock.instant())) {
      throw new IllegalStateException("This wave has been sent already.");
    }
  }

  /** The coach closes an open wave early; its links stop working. */
  @Transactional
  public void close(CurrentUser user, UUID engagement, UUID wave) {
    require(user, engagement, Set.of(Part.COACH));
    requireWaveOf(engagement, wave);
    Instant now = clock.instant();
    int closed =
        jdbc.sql(
                "update survey_waves set closes_at = ? where id = ? and sent_at is not null"
                    + " and closes_at > ?")
            .param(Timestamp.from(now))
            .param(wave)
            .param(Timestamp.from(now))
            .update();
    if (closed == 0) {
      throw new IllegalStateException("Only an open wave can be closed.");
    }
  }

  private void requireWaveOf(UUID engagement, UUID wave) {
    boolean found =
        jdbc.sql("select count(*) from survey_waves where id = ? and engagement_id = ?")
                .param(wave)
                .param(engagement)
                .query(Integer.class)
                .single()
            > 0;
    if (!found) {
      throw new NotYourSurvey();
    }
  }

  // --- follow-up conversations --------------------------------------------------------------

  public List<FollowUpConversation> followUps(CurrentUser user, UUID engagement) {
    require(user, engagement, Set.of(Part.EXECUTIVE, Part.COACH));
    return followUps(engagement);
  }

  private List<FollowUpConversation> followUps(UUID engagement) {
    return jdbc.sql(
            "select * from survey_follow_ups where engagement_id = ?"
                + " order by held_on desc, created_at desc")
        .param(engagement)
        .query(
            (rs, n) ->
                new FollowUpConversation(
                    rs.getObject("id", UUID.class),
                    rs.getObject("held_on", LocalDate.class),
                    rs.getString("with_whom"),
                    rs.getString("rater_group") == null
                        ? null
                        : StakeholderGroup.valueOf(rs.getString("rater_group")),
                    rs.getString("note")))
        .list();
  }

  /** The executive logs a follow-up conversation: when, with whom (or which group), what. */
  @Transactional
  public UUID logFollowUp(
      CurrentUser user,
      UUID engagement,
      LocalDate heldOn,
      String withWhom,
      String group,
      String note) {
    require(user, engagement, Set.of(Part.EXECUTIVE));
    if (heldOn == null) {
      throw new IllegalArgumentException("heldOn: enter the date of the conversation");
    }
    if (heldOn.isAfter(LocalDate.now(clock))) {
      throw new IllegalArgumentException("heldOn: the conversation cannot be in the future");
    }
    String who = withWhom == null ? "" : withWhom.strip();
    if (who.isEmpty() || who.length() > 200) {
      throw new IllegalArgumentException(
          "withWhom: say with whom you spoke (a name or a group), up to 200 characters");
    }
    StakeholderGroup theGroup =
        group == null || group.isBlank() ? null : StakeholderGroup.parse(group);
    String text = note == null ? "" : note.strip();
    if (text.length() > 2000) {
      throw new IllegalArgumentException("note: keep the note under 2,000 characters");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into survey_follow_ups (id, engagement_id, held_on, with_whom, rater_group,"
                + " note, created_at) values (?, ?, ?, ?, ?, ?, ?)")
        .param(id)
        .param(engagement)
        .param(heldOn)
        .param(who)
        .param(theGroup == null ? null : theGroup.name())
        .param(text.isEmpty() ? null : text)
        .param(Timestamp.from(clock.instant()))
        .update();
    return id;
  }
}
