package app.velocity.feedback;

import app.velocity.coaching.Coaching;
import app.velocity.coaching.EngagementView;
import app.velocity.coaching.Part;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey of one engagement as its people work on it: the executive names the stakeholders and
 * logs follow-up conversations, the coach confirms the list, sets the waves, may send one now and
 * close one early. Every call first establishes the person's part in the engagement through {@link
 * Coaching#view}, so nobody outside it learns that it exists.
 */
@Service
public class Surveys {

  public static final int MIN_STAKEHOLDERS = 6;
  public static final int MAX_STAKEHOLDERS = 12;
  static final int MAX_WAVES = 6;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final JdbcClient jdbc;
  private final Coaching coaching;
  private final Directory directory;
  private final WaveDispatch dispatch;
  private final WaveRelease release;
  private final Clock clock;

  Surveys(
      JdbcClient jdbc,
      Coaching coaching,
      Directory directory,
      WaveDispatch dispatch,
      WaveRelease release,
      Clock clock) {
    this.jdbc = jdbc;
    this.coaching = coaching;
    this.directory = directory;
    this.dispatch = dispatch;
    this.release = release;
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
    return new Surveys(jdbc, coaching, directory, dispatch, release, other);
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
      StakeholderList stakeholders, List<Wave> waves, List<FollowUpConversation> followUps) {}

  Content content(EngagementView view) {
    if (!view.seesContent()) {
      throw new NotYourSurvey();
    }
    return new Content(
        stakeholderList(jdbc, view.id()), waves(jdbc, view.id()), followUps(view.id()));
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

  /** The stakeholders with the coach's confirmation (executive and coach). */
  public StakeholderList stakeholderList(CurrentUser user, UUID engagement) {
    require(user, engagement, Set.of(Part.EXECUTIVE, Part.COACH));
    return stakeholderList(jdbc, engagement);
  }

  static StakeholderList stakeholderList(JdbcClient jdbc, UUID engagement) {
    record Confirmation(Instant at, String fingerprint) {}
    Optional<Confirmation> confirmation =
        jdbc.sql(
                "select confirmed_at, list_fingerprint from survey_confirmations"
                    + " where engagement_id = ?")
            .param(engagement)
            .query(
                (rs, n) ->
                    new Confirmation(
                        rs.getTimestamp("confirmed_at").toInstant(),
                        rs.getString("list_fingerprint")))
            .optional();
    return new StakeholderList(
        stakeholders(jdbc, engagement),
        confirmation.map(Confirmation::at).orElse(null),
        confirmation.map(Confirmation::fingerprint).orElse(null));
  }

  /**
   * The coach agrees to the list as they saw it ({@code fingerprint}, from {@link
   * StakeholderList#fingerprint}): 6 to 12 people, none of them the executive, each once. A list
   * that changed in the meantime is not confirmed: the coach looks at it again.
   */
  @Transactional
  public void confirmStakeholders(CurrentUser user, UUID engagement, String fingerprint) {
    require(user, engagement, Set.of(Part.COACH));
    requireActive(engagement);
    StakeholderList list = stakeholderList(jdbc, engagement);
    if (!list.fingerprint().equals(fingerprint)) {
      throw new StakeholderListChanged();
    }
    Coaching.SurveySubject subject = coaching.surveySubject(engagement).orElseThrow();
    Optional<String> problem = list.problem(emailOf(subject.executiveId()));
    if (problem.isPresent()) {
      throw new IllegalStateException(problem.get());
    }
    jdbc.sql("delete from survey_confirmations where engagement_id = ?").param(engagement).update();
    jdbc.sql(
            "insert into survey_confirmations (engagement_id, list_fingerprint, confirmed_by,"
                + " confirmed_at) values (?, ?, ?, ?)")
        .param(engagement)
        .param(fingerprint)
        .param(user.id().value())
        .param(Timestamp.from(clock.instant()))
        .update();
  }

  private String emailOf(PersonId person) {
    return directory.person(person).map(PersonView::email).orElse(null);
  }

  /**
   * The executive names a stakeholder; at most {@value #MAX_STAKEHOLDERS}, each person once (one
   * mailbox however it is spelt), never the executive himself.
   */
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
    String mailbox = Mailboxes.of(cleanEmail);
    String own = emailOf(user.id());
    if (own != null && mailbox.equals(Mailboxes.of(own))) {
      throw new IllegalArgumentException(
          "email: this address reaches your own mailbox; name other people who see your work");
    }
    List<Stakeholder> existing = stakeholders(jdbc, engagement);
    for (Stakeholder s : existing) {
      if (Mailboxes.of(s.email()).equals(mailbox)) {
        throw alreadyNamed(cleanEmail, s.email());
      }
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
    try {
      jdbc.sql(
              "insert into survey_stakeholders (id, engagement_id, name, email, mailbox,"
                  + " rater_group, created_at) values (?, ?, ?, ?, ?, ?, ?)")
          .param(id)
          .param(engagement)
          .param(cleanName)
          .param(cleanEmail)
          .param(mailbox)
          .param(theGroup.name())
          .param(Timestamp.from(clock.instant()))
          .update();
    } catch (DuplicateKeyException sameMomentAsAnother) {
      throw alreadyNamed(cleanEmail, cleanEmail);
    }
    return id;
  }

  private static IllegalArgumentException alreadyNamed(String email, String existing) {
    return new IllegalArgumentException(
        "email: "
            + (email.equals(existing)
                ? email + " is already a stakeholder"
                : email + " reaches the same mailbox as " + existing + ", already a stakeholder")
            + "; each person is named once");
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
    Timestamp released = rs.getTimestamp("released_at");
    return new Wave(
        rs.getObject("id", UUID.class),
        rs.getInt("number"),
        rs.getObject("due_on", LocalDate.class),
        sent == null ? null : sent.toInstant(),
        closes == null ? null : closes.toInstant(),
        released == null ? null : released.toInstant(),
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

  /**
   * The coach closes an open wave early: its links stop working and its results are released, once
   * and for good.
   */
  public void close(CurrentUser user, UUID engagement, UUID wave) {
    require(user, engagement, Set.of(Part.COACH));
    requireWaveOf(engagement, wave);
    if (!release.release(wave, clock.instant())) {
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
