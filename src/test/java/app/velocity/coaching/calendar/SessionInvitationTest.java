package app.velocity.coaching.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

class SessionInvitationTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant STAMP = Instant.parse("2026-03-01T09:00:00Z");

  private final SessionInvitation invitations = new SessionInvitation("velocity.example");

  private static Session session(LocalDateTime start, String agenda) {
    var begin = start.atZone(BERLIN);
    return new Session(
        "3f1c9a",
        begin,
        begin.plusMinutes(90),
        new Participant("Clara Coach", "clara@coaches.example"),
        new Participant("Erik Executive", "erik@client.example"),
        "Coaching session 4",
        agenda,
        "Room 3, Hauptstraße 1",
        URI.create("https://meet.example/erik-clara"));
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static VEvent event(Calendar calendar) {
    return calendar.<VEvent>getComponents("VEVENT").get(0);
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElseThrow();
  }

  @Test
  void requestsASessionWithOrganizerAttendeeAndAgenda() throws Exception {
    var ics =
        invitations.request(
            session(LocalDateTime.of(2026, 3, 20, 10, 0), "Review goals"), 0, STAMP);
    var calendar = parse(ics);
    var event = event(calendar);

    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    assertThat(value(event, "UID")).isEqualTo("session-3f1c9a@velocity.example");
    assertThat(value(event, "SEQUENCE")).isEqualTo("0");
    assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(value(event, "SUMMARY")).isEqualTo("Coaching session 4");
    assertThat(value(event, "DESCRIPTION")).isEqualTo("Review goals");
    assertThat(value(event, "LOCATION")).isEqualTo("Room 3, Hauptstraße 1");
    assertThat(value(event, "URL")).isEqualTo("https://meet.example/erik-clara");
    assertThat(value(event, "ORGANIZER")).isEqualToIgnoringCase("mailto:clara@coaches.example");
    var attendee = event.getProperty("ATTENDEE").orElseThrow();
    assertThat(attendee.getValue()).isEqualToIgnoringCase("mailto:erik@client.example");
    assertThat(attendee.getParameter("RSVP").orElseThrow().getValue()).isEqualTo("TRUE");
    assertThat(attendee.getParameter("CN").orElseThrow().getValue()).isEqualTo("Erik Executive");
    assertThat(value(event, "DTSTAMP")).isEqualTo("20260301T090000Z");
    assertThat(event.getProperties("DTSTAMP")).hasSize(1);
    assertThat(ics.replace("\r\n ", ""))
        .contains("TZID=Europe/Berlin", "BEGIN:VTIMEZONE", "RSVP=TRUE");
  }

  @Test
  void keepsTheUidAndRaisesTheSequenceAcrossUpdatesAndTheCancellation() throws Exception {
    var first = session(LocalDateTime.of(2026, 3, 20, 10, 0), "Review goals");
    var moved = session(LocalDateTime.of(2026, 3, 27, 14, 30), "Review goals and the survey");

    var messages =
        List.of(
            parse(invitations.request(first, 0, STAMP)),
            parse(invitations.request(moved, 1, STAMP.plusSeconds(60))),
            parse(invitations.cancel(moved, 2, STAMP.plusSeconds(120))));

    assertThat(messages)
        .extracting(c -> value(event(c), "UID"))
        .containsOnly(invitations.uid(first));
    assertThat(messages)
        .extracting(c -> Integer.parseInt(value(event(c), "SEQUENCE")))
        .containsExactly(0, 1, 2);
    var cancellation = messages.get(2);
    assertThat(cancellation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
    assertThat(value(event(cancellation), "STATUS")).isEqualTo("CANCELLED");
  }

  @Test
  void writesBerlinWallClockTimeWithTheZoneOnBothSidesOfDaylightSaving() throws Exception {
    // Berlin switches to summer time on 29 March 2026; both sessions are at 10:00 local time
    for (var day :
        List.of(LocalDateTime.of(2026, 3, 27, 10, 0), LocalDateTime.of(2026, 3, 31, 10, 0))) {
      var session = session(day, "");
      var calendar = parse(invitations.request(session, 0, STAMP));
      var event = event(calendar);

      var start = event.getProperty("DTSTART").orElseThrow();
      assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Berlin");
      assertThat(start.getValue())
          .isEqualTo(day.toLocalDate().toString().replace("-", "") + "T100000");
      ZonedDateTime parsed = event.<ZonedDateTime>getStartDate().orElseThrow().getDate();
      assertThat(parsed.toInstant()).isEqualTo(session.start().toInstant());
      ZonedDateTime end = event.<ZonedDateTime>getEndDate().orElseThrow().getDate();
      assertThat(Duration.between(parsed, end)).isEqualTo(Duration.ofMinutes(90));
      assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE"))
          .singleElement()
          .satisfies(
              tz ->
                  assertThat(tz.getProperty("TZID").orElseThrow().getValue())
                      .isEqualTo("Europe/Berlin"));
    }
    var winter =
        parse(invitations.request(session(LocalDateTime.of(2026, 3, 27, 10, 0), ""), 0, STAMP));
    var summer =
        parse(invitations.request(session(LocalDateTime.of(2026, 3, 31, 10, 0), ""), 0, STAMP));
    assertThat(event(winter).<ZonedDateTime>getStartDate().orElseThrow().getDate().toInstant())
        .isEqualTo(Instant.parse("2026-03-27T09:00:00Z"));
    assertThat(event(summer).<ZonedDateTime>getStartDate().orElseThrow().getDate().toInstant())
        .isEqualTo(Instant.parse("2026-03-31T08:00:00Z"));
  }

  @Test
  void writesValidRfc5545TextWithCrlfAndFoldedLines() throws Exception {
    var longAgenda = "Review the stakeholder survey, ".repeat(8) + "and plan the next wave.";
    var ics =
        invitations.request(session(LocalDateTime.of(2026, 3, 20, 10, 0), longAgenda), 3, STAMP);

    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .as(line)
          .isLessThanOrEqualTo(75);
    }
    assertThat(ics).contains("\r\n "); // the long agenda was folded
    var calendar = parse(ics);
    calendar.validate();
    assertThat(value(event(calendar), "DESCRIPTION")).isEqualTo(longAgenda);
    assertThat(calendar.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
  }

  @Test
  void refusesAFixedOffsetAndAnEndBeforeTheStart() {
    var start = LocalDateTime.of(2026, 3, 20, 10, 0);
    var coach = new Participant("Clara Coach", "clara@coaches.example");
    var executive = new Participant("Erik Executive", "erik@client.example");
    assertThatThrownBy(
            () ->
                new Session(
                    "k",
                    start.atOffset(java.time.ZoneOffset.ofHours(1)).toZonedDateTime(),
                    start.plusHours(1).atZone(BERLIN),
                    coach,
                    executive,
                    "S",
                    "",
                    null,
                    null))
        .hasMessageContaining("named time zone");
    assertThatThrownBy(
            () ->
                new Session(
                    "k",
                    start.atZone(BERLIN),
                    start.atZone(BERLIN),
                    coach,
                    executive,
                    "S",
                    "",
                    null,
                    null))
        .hasMessageContaining("end after it starts");
  }
}
