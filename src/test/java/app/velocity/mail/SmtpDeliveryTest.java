package app.velocity.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.CleanDatabase;
import app.velocity.Fixtures;
import app.velocity.SignInSupport;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** With an SMTP server configured, mail really leaves through it, and is kept in the outbox. */
@SpringBootTest(
    properties = {
      "spring.mail.host=localhost",
      "spring.mail.port=3025",
      "spring.mail.properties.mail.smtp.starttls.enable=false",
      "velocity.mail.from=Velocity <no-reply@velocity.test>"
    })
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import({CleanDatabase.class, Fixtures.class})
class SmtpDeliveryTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired Mailer mailer;
  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

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

  @Test
  void sendsAMessageAgainToItsOwnRecipientOnlyAndShowsTheAdminNothingMore() throws Exception {
    UUID id =
        mailer.send(
            new Mail(
                "dee@example.test",
                "Reset your Velocity password",
                new MailText()
                    .text("Choose a new one here:\n")
                    .link("http://localhost/reset/", "the-secret-part-of-the-link")));
    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    Cookie admin = SignInSupport.signIn(mvc, fixtures.admin());
    MvcResult again =
        mvc.perform(
                post("/admin/outbox/" + id + "/send-again")
                    .cookie(admin)
                    .with(csrf())
                    .param("to", "mallory@example.test"))
            .andReturn();
    assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    for (MimeMessage message : received) {
      assertThat(message.getAllRecipients()[0].toString()).isEqualTo("dee@example.test");
      assertThat(GreenMailUtil.getBody(message)).contains("the-secret-part-of-the-link");
    }
    String page =
        mvc.perform(get(again.getResponse().getRedirectedUrl()).cookie(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Sent again, to the same recipient.")
        .contains("http://localhost/reset/" + MailText.MASK)
        .doesNotContain("the-secret-part-of-the-link");
    assertThat(mailer.to("dee@example.test")).hasSize(2);
    assertThat(mailer.to("mallory@example.test")).isEmpty();
  }
}
