package app.velocity.mail;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Sends e-mail. Every message is first kept in the outbox; when an SMTP server is configured
 * ({@code VELOCITY_SMTP_HOST}) it is also sent, and its status records the outcome.
 */
@Service
public class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  private final JdbcClient jdbc;
  private final ObjectProvider<JavaMailSender> sender;
  private final boolean smtp;
  private final String from;
  private final Clock clock;

  Mailer(
      JdbcClient jdbc,
      ObjectProvider<JavaMailSender> sender,
      MailProperties properties,
      @Value("${velocity.mail.from}") String from,
      Clock clock) {
    this.jdbc = jdbc;
    this.sender = sender;
    this.smtp = StringUtils.hasText(properties.getHost());
    this.from = from;
    this.clock = clock;
  }

  /** Whether mail leaves the building, or is only kept in the outbox. */
  public boolean sendsThroughSmtp() {
    return smtp;
  }

  public UUID send(Mail mail) {
    return send(mail, null);
  }

  /**
   * Sends a kept message again, as it was, to the address it was first sent to: "send again" hands
   * whoever presses it nothing of the message, and cannot redirect it. A link in it works if it has
   * not been used or expired meanwhile; otherwise the recipient asks for a new one, as the link's
   * page tells them.
   *
   * @throws MailNotFound when there is no such message
   * @throws IllegalStateException when no SMTP server is configured (nothing would leave)
   */
  public UUID sendAgain(UUID id) {
    OutboxEntry kept = find(id).orElseThrow(MailNotFound::new);
    if (!smtp) {
      throw new IllegalStateException(
          "No SMTP server is configured, so nothing can be sent; set VELOCITY_SMTP_HOST first.");
    }
    Mail.Attachment attachment =
        kept.attachmentName() == null
            ? null
            : new Mail.Attachment(
                kept.attachmentName(), kept.attachmentType(), kept.attachmentContent());
    return send(
        new Mail(kept.to(), kept.subject(), kept.body(), kept.preview(), attachment), kept.id());
  }

  private UUID send(Mail mail, UUID resentFrom) {
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    OutboxEntry.Status status = OutboxEntry.Status.KEPT;
    String error = null;
    if (smtp) {
      try {
        deliver(mail);
        status = OutboxEntry.Status.SENT;
      } catch (Exception e) {
        status = OutboxEntry.Status.FAILED;
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
        // The address is personal data; the id is enough to find the message in the outbox.
        log.warn("SMTP delivery of mail {} failed: {}", id, error);
      }
    }
    Mail.Attachment attachment = mail.attachment();
    jdbc.sql(
            """
            insert into outbox (id, to_address, subject, body, preview, attachment_name,
              attachment_type, attachment_content, status, error, created_at, sent_at, resent_from)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .param(id)
        .param(mail.to())
        .param(truncate(mail.subject(), 300))
        .param(mail.body())
        .param(mail.preview())
        .param(attachment == null ? null : attachment.fileName())
        .param(attachment == null ? null : attachment.contentType())
        .param(attachment == null ? null : attachment.content())
        .param(status.name())
        .param(error == null ? null : truncate(error, 1000))
        .param(Timestamp.from(now))
        .param(status == OutboxEntry.Status.SENT ? Timestamp.from(now) : null)
        .param(resentFrom)
        .update();
    return id;
  }

  private void deliver(Mail mail) throws Exception {
    JavaMailSender javaMail = sender.getObject();
    MimeMessage message = javaMail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, mail.attachment() != null, "UTF-8");
    helper.setFrom(from);
    helper.setTo(mail.to());
    helper.setSubject(mail.subject());
    helper.setText(mail.body(), false);
    if (mail.attachment() != null) {
      helper.addAttachment(
          mail.attachment().fileName(),
          new ByteArrayResource(
              mail.attachment().content().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          mail.attachment().contentType());
    }
    javaMail.send(message);
  }

  public List<OutboxEntry> recent(int limit) {
    return jdbc.sql("select * from outbox order by created_at desc limit ?")
        .param(limit)
        .query(Mailer::entry)
        .list();
  }

  public List<OutboxEntry> to(String address) {
    return jdbc.sql("select * from outbox where to_address = ? order by created_at desc")
        .param(address)
        .query(Mailer::entry)
        .list();
  }

  public Optional<OutboxEntry> find(UUID id) {
    return jdbc.sql("select * from outbox where id = ?").param(id).query(Mailer::entry).optional();
  }

  private static OutboxEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new OutboxEntry(
        rs.getObject("id", UUID.class),
        rs.getString("to_address"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("preview"),
        rs.getString("attachment_name"),
        rs.getString("attachment_type"),
        rs.getString("attachment_content"),
        OutboxEntry.Status.valueOf(rs.getString("status")),
        rs.getString("error"),
        rs.getTimestamp("created_at").toInstant(),
        sent == null ? null : sent.toInstant(),
        rs.getObject("resent_from", UUID.class));
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
