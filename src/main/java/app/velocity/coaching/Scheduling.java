package app.velocity.coaching;

import app.velocity.coaching.calendar.Participant;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching sessions: the coach schedules, changes and cancels them, and each time the executive and
 * the coach receive a calendar invitation with the session's stable UID and a raised sequence.
 * Shared notes are written by either of them; private notes by the coach, for the coach alone.
 */
@Service
public class Scheduling {

  private final Coaching coaching;
  private final CoachingSessions sessions;
  private final Actions actions;
  private final Directory directory;
  private final SessionMail mail;
  private final Clock clock;

  Scheduling(
      Coaching coaching,
      CoachingSessions sessions,
      Actions actions,
      Directory directory,
      SessionMail mail,
      Clock clock) {
    this.coaching = coaching;
    this.sessions = sessions;
    this.actions = actions;
    this.directory = directory;
    this.mail = mail;
    this.clock = clock;
  }

  /**
   * When and where, as a coach types it: a local date and time in a named zone from {@link
   * TimeZones#OFFERED}.
   */
  public record SessionPlan(
      LocalDate date,
      LocalTime time,
      String timeZone,
      int minutes,
      String location,
      String videoLink,
      String agenda) {

    CoachingSession.Plan checked() {
      if (date == null) {
        throw new IllegalArgumentException("date: choose the date of the session");
      }
      if (time == null) {
        throw new IllegalArgumentException("time: choose the time of the session");
      }
      String zone = timeZone == null || timeZone.isBlank() ? TimeZones.DEFAULT : timeZone.strip();
      if (!TimeZones.offered(zone)) {
        throw new IllegalArgumentException("timeZone: choose a time zone from the list");
      }
      ZonedDateTime start;
      try {
        start = ZonedDateTime.of(date, time, ZoneId.of(zone));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("timeZone: choose a time zone from the list");
      }
      return new CoachingSession.Plan(start, minutes, location, videoLink, agenda);
    }
  }

  /**
   * The coach schedules a session. A session planned in the future is sent as an invitation; one
   * recorded after it took place is not.
   */
  @Transactional
  public UUID schedule(CurrentUser user, UUID engagement, SessionPlan plan) {
    Engagement found = asCoach(user, engagement);
    CoachingSession session = CoachingSession.schedule(found.id(), plan.checked(), clock.instant());
    sessions.save(session);
    if (session.upcoming(clock.instant())) {
      invite(found, session, SessionMail.Occasion.SCHEDULED);
    }
    return session.id();
  }

  @Transactional
  public void change(CurrentUser user, UUID engagement, UUID session, SessionPlan plan) {
    Engagement found = asCoach(user, engagement);
    CoachingSession theSession = sessionOf(found, session);
    theSession.change(plan.checked());
    sessions.save(theSession);
    invite(found, theSession, SessionMail.Occasion.CHANGED);
  }

  @Transactional
  public void cancel(CurrentUser user, UUID engagement, UUID session) {
    Engagement found = asCoach(user, engagement);
    CoachingSession theSession = sessionOf(found, session);
    theSession.cancel();
    sessions.save(theSession);
    invite(found, theSession, SessionMail.Occasion.CANCELLED);
  }

  /** The notes both the executive and the coach read. */
  @Transactional
  public void writeSharedNotes(CurrentUser user, UUID engagement, UUID session, String notes) {
    Engagement found = coaching.workable(user, engagement);
    CoachingSession theSession = sessionOf(found, session);
    theSession.writeSharedNotes(notes);
    sessions.save(theSession);
  }

  /** The coach's own notes: never shown to the executive, a sponsor or an admin. */
  @Transactional
  public void writePrivateNotes(CurrentUser user, UUID engagement, UUID session, String notes) {
    Engagement found = asCoach(user, engagement);
    CoachingSession theSession = sessionOf(found, session);
    theSession.writePrivateNotes(notes);
    sessions.save(theSession);
  }

  /** An action agreed in a session, listed with the engagement's other actions. */
  @Transactional
  public UUID followUp(
      CurrentUser user, UUID engagement, UUID session, String title, LocalDate dueOn) {
    Engagement found = coaching.workable(user, engagement);
    CoachingSession theSession = sessionOf(found, session);
    Action action = Action.followUp(found.id(), theSession.id(), title, dueOn, clock.instant());
    actions.save(action);
    return action.id();
  }

  /** The session's current calendar object, for the executive and the coach. */
  public String calendar(CurrentUser user, UUID engagement, UUID session) {
    Engagement found = coaching.load(engagement);
    if (!Coaching.partOf(user, found).seesContent()) {
      throw new NotYourEngagement();
    }
    CoachingSession theSession = sessionOf(found, session);
    return mail.ics(
        theSession, participant(found.coachId()), participant(found.executiveId()), true);
  }

  /** One session as this person may see it. */
  public SessionView view(CurrentUser user, UUID engagement, UUID session) {
    Engagement found = coaching.load(engagement);
    Part part = Coaching.partOf(user, found);
    CoachingSession theSession = sessionOf(found, session);
    var today = LocalDate.now(clock);
    return Coaching.sessionView(
        theSession,
        part,
        clock.instant(),
        actions.of(found.id()).stream().map(a -> Coaching.actionView(a, today)).toList());
  }

  private Engagement asCoach(CurrentUser user, UUID engagement) {
    Engagement found = coaching.workable(user, engagement);
    if (Coaching.partOf(user, found) != Part.COACH) {
      throw new IllegalStateException("Sessions are scheduled by the coach.");
    }
    return found;
  }

  private CoachingSession sessionOf(Engagement engagement, UUID session) {
    return sessions
        .findById(session)
        .filter(s -> s.engagementId().equals(engagement.id()))
        .orElseThrow(NotYourEngagement::new);
  }

  private void invite(Engagement engagement, CoachingSession session, SessionMail.Occasion why) {
    mail.send(
        session, why, participant(engagement.coachId()), participant(engagement.executiveId()));
  }

  private Participant participant(UUID person) {
    PersonView found = directory.person(new PersonId(person)).orElseThrow();
    return new Participant(found.name(), found.email());
  }
}
