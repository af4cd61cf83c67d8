package app.velocity.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.CleanDatabase;
import app.velocity.Fixtures;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** With SMTP configured, a scheduled session reaches the executive with its calendar part. */
@SpringBootTest(
    properties = {
      "spring.mail.host=localhost",
      "spring.mail.port=3025",
      "spring.mail.properties.mail.smtp.starttls.enable=false",
      "velocity.mail.from=Velocity <no-reply@velocity.test>"
    })
@ActiveProfiles("test")
@Import({CleanDatabase.class, Fixtures.class})
class SessionInvitationDeliveryTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;
  @Autowired Scheduling scheduling;

  @Test
  void theInvitationArrivesOverSmtpAsATextCalendarRequest() throws Exception {
    OrganisationView org = fixtures.organisation();
    PersonView exec = fixtures.person(Role.EXECUTIVE, org);
    PersonView coach = fixtures.coachOf(exec);
    var engagement =
        coaching.open(
            CurrentUser.of(coach),
            new Coaching.Opening(
                exec.id(), null, List.of(), LocalDate.now(), LocalDate.now().plusMonths(6), false));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    var session =
        scheduling.schedule(
            CurrentUser.of(coach),
            engagement,
            new Scheduling.SessionPlan(
                LocalDate.now().plusDays(2),
                LocalTime.of(16, 0),
                "America/Chicago",
                60,
                null,
                null,
                null));

    assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
    MimeMessage toExec =
        List.of(smtp.getReceivedMessages()).stream()
            .filter(m -> addressedTo(m, exec.email()))
            .findFirst()
            .orElseThrow();
    MimeMultipart parts = (MimeMultipart) toExec.getContent();
    BodyPart calendarPart = null;
    for (int i = 0; i < parts.getCount(); i++) {
      if (parts.getBodyPart(i).getContentType().toLowerCase().startsWith("text/calendar")) {
        calendarPart = parts.getBodyPart(i);
      }
    }
    assertThat(calendarPart).isNotNull();
    assertThat(calendarPart.getContentType().toLowerCase()).contains("method=request");
    String ics;
    try (InputStream in = calendarPart.getInputStream()) {
      ics = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Calendar calendar = new CalendarBuilder().build(new java.io.StringReader(ics));
    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    assertThat(ics.replace("\r\n ", "")).contains("session-" + session, "TZID=America/Chicago");
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      return message.getAllRecipients()[0].toString().equals(address);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
