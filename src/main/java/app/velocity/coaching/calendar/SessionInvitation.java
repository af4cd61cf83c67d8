package app.velocity.coaching.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a session as an iTIP message (RFC 5546) in iCalendar text (RFC 5545): {@code
 * METHOD:REQUEST} for a new or changed session, {@code METHOD:CANCEL} for a cancelled one.
 *
 * <p>The UID is derived from the session's key, so every update and the cancellation replace the
 * same event in the attendee's calendar. The caller keeps the sequence number and raises it on
 * every change, cancellation included: Outlook, Apple Calendar and Thunderbird ignore an update or
 * a cancellation whose SEQUENCE is not higher than the one they hold. The time zone is written as a
 * TZID with its VTIMEZONE, so the session stays at its wall-clock time across daylight saving.
 * Output is folded at 75 octets with CRLF line ends, as RFC 5545 requires.
 */
public final class SessionInvitation {

  private static final String PRODUCT = "-//Velocity//Coaching sessions//EN";

  private final String uidDomain;
  private final TimeZoneRegistry timeZones;

  /**
   * @param uidDomain the domain that makes UIDs globally unique, e.g. the firm's host name
   */
  public SessionInvitation(String uidDomain) {
    Objects.requireNonNull(uidDomain, "uidDomain");
    if (!uidDomain.matches("[A-Za-z0-9.-]+")) {
      throw new IllegalArgumentException("not a domain: " + uidDomain);
    }
    this.uidDomain = uidDomain;
    this.timeZones = TimeZoneRegistryFactory.getInstance().createRegistry();
  }

  /** The UID every message about this session carries. */
  public String uid(Session session) {
    return "session-" + session.key() + "@" + uidDomain;
  }

  /** A new or changed session: METHOD:REQUEST asking the executive to reply. */
  public String request(Session session, int sequence, Instant stamp) {
    return write(
        session, sequence, stamp, ImmutableMethod.REQUEST, ImmutableStatus.VEVENT_CONFIRMED);
  }

  /** A cancelled session: METHOD:CANCEL, STATUS:CANCELLED, same UID, a raised sequence. */
  public String cancel(Session session, int sequence, Instant stamp) {
    return write(
        session, sequence, stamp, ImmutableMethod.CANCEL, ImmutableStatus.VEVENT_CANCELLED);
  }

  private String write(Session session, int sequence, Instant stamp, Method method, Status status) {
    if (sequence < 0) {
      throw new IllegalArgumentException("a sequence number is 0 or more, not " + sequence);
    }
    Objects.requireNonNull(stamp, "stamp");
    String zone = session.start().getZone().getId();
    var timeZone = timeZones.getTimeZone(zone);
    if (timeZone == null) {
      throw new IllegalArgumentException("no time-zone definition for " + zone);
    }
    VTimeZone vTimeZone = timeZone.getVTimeZone();

    var event = new VEvent(false); // no DTSTAMP of "now": the caller passes it
    event
        .withProperty(new Uid(uid(session)))
        .withProperty(new DtStamp(stamp))
        .withProperty(new Sequence(sequence))
        .withProperty(new DtStart<>(session.start()))
        .withProperty(new DtEnd<>(session.end()))
        .withProperty(new Summary(session.summary()))
        .withProperty(status)
        .withProperty(
            (Organizer)
                new Organizer(session.coach().calendarAddress())
                    .withParameter(new Cn(session.coach().name()))
                    .getFluentTarget())
        .withProperty(
            (Attendee)
                new Attendee(session.executive().calendarAddress())
                    .withParameter(new Cn(session.executive().name()))
                    .withParameter(Role.REQ_PARTICIPANT)
                    .withParameter(PartStat.NEEDS_ACTION)
                    .withParameter(Rsvp.TRUE)
                    .getFluentTarget());
    if (!session.agenda().isBlank()) {
      event.withProperty(new Description(session.agenda()));
    }
    session.place().ifPresent(place -> event.withProperty(new Location(place)));
    session.link().ifPresent(link -> event.withProperty(new Url(link)));

    var calendar = new Calendar();
    calendar
        .withProperty(new ProdId(PRODUCT))
        .withProperty(ImmutableVersion.VERSION_2_0)
        .withProperty(ImmutableCalScale.GREGORIAN)
        .withProperty(method)
        .withComponent(vTimeZone)
        .withComponent(event);
    var out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException(
          "the invitation is not valid iCalendar: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
