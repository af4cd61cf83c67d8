package app.velocity.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.mail.Mailer;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders on day 3 and day 7 (the defaults), never more than two, none once answered or withdrawn
 * or lapsed, and each sent once even when two instances run the job at the same moment.
 */
@IntegrationTest
class InvitationRemindersTest {

  @Autowired Fixtures fixtures;
  @Autowired Invitations invitations;
  @Autowired Mailer mailer;
  @Autowired JdbcClient jdbc;

  OrganisationView org;
  CurrentUser inviter;

  @BeforeEach
  void anExecutive() {
    org = fixtures.organisation();
    inviter = CurrentUser.of(fixtures.person(Role.EXECUTIVE, org));
  }

  private record Sent(PersonView colleague, UUID id, Instant at) {}

  private Sent invite() {
    PersonView colleague = fixtures.person(Role.COLLEAGUE, org);
    InvitationView view =
        invitations.invite(inviter, colleague.id(), null, null, null).invitation();
    return new Sent(colleague, view.id(), view.sentAt());
  }

  private int mails(Sent sent) {
    return mailer.to(sent.colleague().email()).size();
  }

  private int remindersOf(Sent sent) {
    return invitations.sentBy(inviter, sent.id()).remindersSent();
  }

  @Test
  @Tag("smoke")
  void remindsTwiceOnDayThreeAndSevenThenLapses() {
    Sent sent = invite();
    Instant t = sent.at();
    invitations.sendDueReminders(t.plus(Duration.ofDays(2)));
    assertThat(remindersOf(sent)).isZero();
    invitations.sendDueReminders(t.plus(Duration.ofDays(3)));
    invitations.sendDueReminders(t.plus(Duration.ofDays(3)).plusSeconds(60));
    assertThat(remindersOf(sent)).isEqualTo(1);
    assertThat(mails(sent)).isEqualTo(2);
    assertThat(mailer.to(sent.colleague().email()).get(0).subject()).startsWith("Reminder:");
    invitations.sendDueReminders(t.plus(Duration.ofDays(7)));
    invitations.sendDueReminders(t.plus(Duration.ofDays(13)));
    assertThat(remindersOf(sent)).isEqualTo(2);
    assertThat(mails(sent)).isEqualTo(3);
    assertThat(invitations.sentBy(inviter, sent.id()).status())
        .isEqualTo(InvitationStatus.REMINDED);

    // at expiry it lapses
    jdbc.sql("update invitations set expires_at = ? where id = ?")
        .param(java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
        .param(sent.id())
        .update();
    assertThat(invitations.sentBy(inviter, sent.id()).status()).isEqualTo(InvitationStatus.LAPSED);
    assertThat(invitations.sentBy(inviter, sent.id()).withdrawable()).isFalse();
  }

  @Test
  void aLateRunSendsOnlyOneReminderAtATime() {
    Sent sent = invite();
    invitations.sendDueReminders(sent.at().plus(Duration.ofDays(8)));
    assertThat(remindersOf(sent)).isEqualTo(1);
    invitations.sendDueReminders(sent.at().plus(Duration.ofDays(8)));
    assertThat(remindersOf(sent)).isEqualTo(2);
  }

  @Test
  void noReminderOnceAnsweredWithdrawnOrLapsed() {
    Sent answered = invite();
    Sent withdrawn = invite();
    Sent lapsed = invite();
    fixtures.profile(answered.colleague(), new int[] {4, 3, 3}, new int[] {3, 3, 4});
    invitations.withdraw(inviter, withdrawn.id());
    Instant day3 = answered.at().plus(Duration.ofDays(3)).plusSeconds(5);
    jdbc.sql("update invitations set expires_at = ? where id = ?")
        .param(java.sql.Timestamp.from(day3.minusSeconds(1)))
        .param(lapsed.id())
        .update();
    invitations.sendDueReminders(day3);
    assertThat(mails(answered)).isEqualTo(1);
    assertThat(mails(withdrawn)).isEqualTo(1);
    assertThat(mails(lapsed)).isEqualTo(1);
    assertThat(invitations.sentBy(inviter, answered.id()).status())
        .isEqualTo(InvitationStatus.ANSWERED);
  }

  @Test
  void twoInstancesAtOnceSendEachReminderOnce() throws Exception {
    List<Sent> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sent.add(invite());
    }
    Instant day3 = sent.get(4).at().plus(Duration.ofDays(3));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
          runs.add(
              pool.submit(
                  () -> {
                    start.await();
                    return invitations.sendDueReminders(day3);
                  }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> run : runs) {
          total += run.get();
        }
        assertThat(total).isEqualTo(round == 0 ? 5 : 0);
      }
    } finally {
      pool.shutdownNow();
    }
    for (Sent s : sent) {
      assertThat(mails(s)).isEqualTo(2);
      assertThat(remindersOf(s)).isEqualTo(1);
    }
  }

  @Test
  void theReminderCarriesAFreshLinkAndTheFirstStillWorks() {
    Sent sent = invite();
    invitations.sendDueReminders(sent.at().plus(Duration.ofDays(3)));
    List<String> links =
        mailer.to(sent.colleague().email()).stream().map(InvitationsTest::linkIn).toList();
    assertThat(links).hasSize(2).doesNotHaveDuplicates();
    for (String link : links) {
      String secret = link.substring(link.lastIndexOf('/') + 1);
      assertThat(invitations.landing(secret).inviterName()).isEqualTo(inviter.name());
    }
  }
}
