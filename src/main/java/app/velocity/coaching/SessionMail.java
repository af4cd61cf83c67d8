package app.velocity.coaching;

import app.velocity.coaching.calendar.Participant;
import app.velocity.coaching.calendar.SessionInvitation;
import app.velocity.mail.Mail;
import app.velocity.mail.Mailer;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * E-mails a session's calendar invitation to the executive and the coach: {@code text/calendar;
 * method=REQUEST} when it is scheduled or changed, {@code method=CANCEL} when it is cancelled. The
 * UID's domain is the host of {@code velocity.base-url}.
 */
@Component
class SessionMail {

  private final Mailer mailer;
  private final SessionInvitation calendar;
  private final String baseUrl;
  private final Clock clock;

  SessionMail(Mailer mailer, @Value("${velocity.base-url}") String baseUrl, Clock clock) {
    this.mailer = mailer;
    String host = URI.create(baseUrl).getHost();
    this.calendar = new SessionInvitation(host == null ? "velocity.local" : host);
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.clock = clock;
  }

  /** Why the invitation goes out; it decides the subject and the first line. */
  enum Occasion {
    SCHEDULED("Coaching session: "),
    CHANGED("Changed coaching session: "),
    CANCELLED("Cancelled coaching session: ");

    private final String subject;

    Occasion(String subject) {
      this.subject = subject;
    }
  }

  /**
   * The session's current iCalendar text: a request, or the cancellation once cancelled. With
   * {@code withAgenda} false the description only points to the engagement page: mail is kept in
   * the outbox that firm admins read and passes through mail servers, so coaching content stays out
   * of it.
   */
  String ics(
      CoachingSession session, Participant coach, Participant executive, boolean withAgenda) {
    Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    var invitation =
        session.invitation(
            coach, executive, withAgenda ? session.agenda() : "The agenda: " + page(session));
    return session.status() == CoachingSession.Status.CANCELLED
        ? calendar.cancel(invitation, session.sequence(), stamp)
        : calendar.request(invitation, session.sequence(), stamp);
  }

  void send(CoachingSession session, Occasion occasion, Participant coach, Participant executive) {
    String ics = ics(session, coach, executive, false);
    String method = session.status() == CoachingSession.Status.CANCELLED ? "CANCEL" : "REQUEST";
    var attachment =
        new Mail.Attachment(
            "session.ics", "text/calendar; method=" + method + "; charset=UTF-8", ics);
    SessionView view = Coaching.sessionView(session, Part.COACH, clock.instant(), List.of());
    String subject = occasion.subject + view.when();
    for (Participant to : List.of(executive, coach)) {
      mailer.send(new Mail(to.email(), subject, body(session, occasion, view, to), attachment));
    }
  }

  private String page(CoachingSession session) {
    return baseUrl + "/engagements/" + session.engagementId() + "#sessions";
  }

  private String body(
      CoachingSession session, Occasion occasion, SessionView view, Participant to) {
    StringBuilder text = new StringBuilder();
    text.append("Hello ").append(to.name()).append(",\n\n");
    text.append(
        switch (occasion) {
          case SCHEDULED -> "A coaching session is scheduled.";
          case CHANGED ->
              "A coaching session has changed; the attached invitation replaces the"
                  + " earlier one.";
          case CANCELLED ->
              "A coaching session is cancelled; the attachment removes it from your" + " calendar.";
        });
    text.append("\n\nWhen: ").append(view.when());
    if (session.location() != null) {
      text.append("\nWhere: ").append(session.location());
    }
    if (session.videoLink() != null) {
      text.append("\nVideo link: ").append(session.videoLink());
    }
    // The agenda stays on the engagement page (see ics): mail is read in the outbox by admins.
    text.append("\n\nThe agenda and the notes, after signing in: ").append(page(session));
    text.append("\n\nOpen the attached session.ics to add it to your calendar.\n");
    return text.toString();
  }
}
