package app.velocity.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.CleanDatabase;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** With an SMTP server configured, mail really leaves through it, and is kept in the outbox. */
@SpringBootTest(
    properties = {
      "spring.mail.host=localhost",
      "spring.mail.port=3025",
      "spring.mail.properties.mail.smtp.starttls.enable=false",
      "velocity.mail.from=Velocity <no-reply@velocity.test>"
    })
@ActiveProfiles("test")
@Import(CleanDatabase.class)
class SmtpDeliveryTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired Mailer mailer;

  @Test
  void sendsThroughSmtpAndRecordsItAsSent() throws Exception {
    assertThat(mailer.sendsThroughSmtp()).isTrue();
    mailer.send(new Mail("ada@example.test", "Über Velocity", "Grüße\nLine two\n"));
    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("Über Velocity");
    assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ada@example.test");
    assertThat(received.getFrom()[0].toString()).contains("no-reply@velocity.test");
    assertThat(GreenMailUtil.getBody(received)).contains("Line two");
    assertThat(mailer.to("ada@example.test"))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(OutboxEntry.Status.SENT));
  }

  @Test
  void sendsAnAttachmentSuchAsACalendarInvitation() throws Exception {
    String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
    mailer.send(
        new Mail(
            "ben@example.test",
            "Session",
            "See the invitation.",
            new Mail.Attachment("invite.ics", "text/calendar; method=REQUEST", ics)));
    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    MimeMultipart multipart = (MimeMultipart) received.getContent();
    boolean found = false;
    for (int i = 0; i < multipart.getCount(); i++) {
      if ("invite.ics".equals(multipart.getBodyPart(i).getFileName())) {
        found = true;
        assertThat(multipart.getBodyPart(i).getContentType()).startsWith("text/calendar");
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void keepsAMessageMarkedFailedWhenTheServerIsDown() {
    smtp.stop();
    try {
      mailer.send(new Mail("cy@example.test", "Hello", "Body"));
      assertThat(mailer.to("cy@example.test"))
          .singleElement()
          .satisfies(e -> assertThat(e.status()).isEqualTo(OutboxEntry.Status.FAILED));
    } finally {
      smtp.start();
    }
  }
}
