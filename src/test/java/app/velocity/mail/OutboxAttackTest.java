package app.velocity.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.coaching.Coaching;
import app.velocity.coaching.Scheduling;
import app.velocity.feedback.Surveys;
import app.velocity.identity.JoinInvitations;
import app.velocity.invitations.Invitations;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Firm admins never see a usable secret nor coaching content, also not in the outbox (issue 14,
 * §4). Each test makes Velocity mail something, then reads the outbox as the firm admin, list and
 * message, and looks for what the admin must not get.
 */
@IntegrationTest
class OutboxAttackTest {

  /** Anything that looks like the secret part of one of Velocity's links. */
  private static final Pattern SECRET =
      Pattern.compile("/(reset|join|sign-in/link|invitation|survey)/([A-Za-z0-9_-]{20,})");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Mailer mailer;
  @Autowired JoinInvitations joinInvitations;
  @Autowired Invitations invitations;
  @Autowired Coaching coaching;
  @Autowired Scheduling scheduling;
  @Autowired Surveys surveys;

  PersonView admin;
  Cookie adminSession;
  OrganisationView org;

  @BeforeEach
  void aFirmAdminSignedIn() throws Exception {
    admin = fixtures.admin();
    adminSession = SignInSupport.signIn(mvc, admin);
    org = fixtures.organisation();
  }

  /**
   * The outbox list and every message to {@code address}, as the firm admin's browser gets them.
   */
  private String whatTheAdminReads(String address) throws Exception {
    return mvc.perform(get("/admin/outbox").cookie(adminSession))
            .andReturn()
            .getResponse()
            .getContentAsString()
        + messagesTheAdminReads(address);
  }

  /** Every message to {@code address} as the admin's browser gets it (without the list). */
  private String messagesTheAdminReads(String address) throws Exception {
    StringBuilder pages = new StringBuilder();
    List<OutboxEntry> mails = mailer.to(address);
    assertThat(mails).as("mail to %s", address).isNotEmpty();
    for (OutboxEntry mail : mails) {
      pages.append(
          mvc.perform(get("/admin/outbox/" + mail.id()).cookie(adminSession))
              .andReturn()
              .getResponse()
              .getContentAsString());
    }
    return pages.toString();
  }

  /** The secrets actually mailed to {@code address}, read from what was delivered. */
  private List<String> secretsMailedTo(String address) {
    return mailer.to(address).stream()
        .map(m -> SECRET.matcher(m.body()))
        .filter(Matcher::find)
        .map(m -> m.group(2))
        .toList();
  }

  private void assertNoSecretFor(String address) throws Exception {
    String read = whatTheAdminReads(address);
    List<String> secrets = secretsMailedTo(address);
    assertThat(secrets).as("links mailed to %s", address).isNotEmpty();
    for (String secret : secrets) {
      assertThat(read).doesNotContain(secret);
    }
    assertThat(SECRET.matcher(read).find()).as("a link secret on the admin's pages").isFalse();
  }

  @Test
  void aColleaguesResetLinkIsMaskedForTheAdmin() throws Exception {
    PersonView colleague = fixtures.person(Role.COLLEAGUE, org);
    mvc.perform(post("/reset").param("email", colleague.email()).with(csrf()));
    // before: the admin read the link, set the colleague's password and read their journal
    assertNoSecretFor(colleague.email());
    assertThat(whatTheAdminReads(colleague.email()))
        .contains("http://localhost/reset/" + MailText.MASK);
  }

  @Test
  void aJoinLinkAndASignInLinkAreMaskedForTheAdmin() throws Exception {
    PersonView maria = fixtures.withoutPassword(Role.COACH, null);
    joinInvitations.invite(maria.id(), admin.name());
    assertNoSecretFor(maria.email());

    PersonView coach = fixtures.person(Role.COACH, null);
    mvc.perform(post("/sign-in/link").param("email", coach.email()).with(csrf()));
    assertNoSecretFor(coach.email());
  }

  @Test
  void anInvitationsLinkAndPersonalNoteAreNotShownToTheAdmin() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, org);
    String email = Fixtures.unique("colleague") + "@example.test";
    invitations.invite(
        CurrentUser.of(exec), null, "Ada Brook", email, "Private: I struggle with Sam");
    assertNoSecretFor(email);
    String read = whatTheAdminReads(email);
    assertThat(read).doesNotContain("I struggle with Sam");
    OutboxEntry mail = mailer.to(email).get(0);
    assertThat(mail.subject()).doesNotContain(exec.name());
    assertThat(mail.body()).contains("I struggle with Sam");
  }

  /** An executive of {@code org} with a coach, in an engagement whose agreement they accepted. */
  private record Coached(PersonView exec, PersonView coach, UUID engagement) {}

  private Coached coached() {
    PersonView exec = fixtures.person(Role.EXECUTIVE, org);
    PersonView coach = fixtures.coachOf(exec);
    UUID engagement =
        coaching.open(
            CurrentUser.of(admin),
            new Coaching.Opening(
                exec.id(),
                coach.id(),
                List.of(),
                LocalDate.now().minusMonths(1),
                LocalDate.now().plusMonths(11),
                false));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    return new Coached(exec, coach, engagement);
  }

  @Test
  void aStakeholdersSurveyLinkAndTheGoalAreNotShownToTheAdmin() throws Exception {
    Coached c = coached();
    PersonView exec = c.exec();
    PersonView coach = c.coach();
    UUID engagement = c.engagement();
    coaching.defineGoal(
        CurrentUser.of(coach),
        engagement,
        "Secret goal: stop bulldozing the board",
        List.of("a", "b", "c", "d", "e"));
    for (int i = 0; i < 6; i++) {
      surveys.addStakeholder(
          CurrentUser.of(exec),
          engagement,
          "peer " + i,
          Fixtures.unique("peer") + "@example.test",
          "peer");
    }
    // the coach agrees the list first, as every first wave needs (issue 14 §3)
    surveys.confirmStakeholders(
        CurrentUser.of(coach),
        engagement,
        surveys.stakeholderList(CurrentUser.of(coach), engagement).fingerprint());
    UUID wave = surveys.scheduleWave(CurrentUser.of(coach), engagement, LocalDate.now());
    surveys.sendNow(CurrentUser.of(coach), engagement, wave);
    String stakeholder = surveys.stakeholders(CurrentUser.of(exec), engagement).get(0).email();

    assertNoSecretFor(stakeholder);
    assertThat(whatTheAdminReads(stakeholder)).doesNotContain("stop bulldozing");
    assertThat(messagesTheAdminReads(stakeholder)).doesNotContain(exec.name());
    OutboxEntry mail = mailer.to(stakeholder).get(0);
    assertThat(mail.subject()).doesNotContain(exec.name()).doesNotContain("bulldozing");
    assertThat(mail.body()).contains("stop bulldozing");
  }

  @Test
  void aSessionsAgendaPlaceAndVideoLinkAreNotShownToTheAdmin() throws Exception {
    Coached c = coached();
    PersonView exec = c.exec();
    PersonView coach = c.coach();
    UUID engagement = c.engagement();
    scheduling.schedule(
        CurrentUser.of(coach),
        engagement,
        new Scheduling.SessionPlan(
            LocalDate.now().plusDays(7),
            LocalTime.parse("10:00"),
            "Europe/Berlin",
            60,
            "The boardroom, 4th floor",
            "https://meet.example/room-7f3a?pwd=only-for-us",
            "Why the board frightens me"));
    String read = whatTheAdminReads(exec.email());
    assertThat(read)
        .doesNotContain("only-for-us")
        .doesNotContain("The boardroom")
        .doesNotContain("frightens")
        .doesNotContain("BEGIN:VCALENDAR")
        .contains("Coaching session:");
    assertThat(mailer.to(exec.email()).get(0).body()).contains("only-for-us");
  }

  @Test
  void sendingAgainNeedsAServerAndGivesTheAdminNothing() throws Exception {
    PersonView colleague = fixtures.person(Role.COLLEAGUE, org);
    mvc.perform(post("/reset").param("email", colleague.email()).with(csrf()));
    OutboxEntry mail = mailer.to(colleague.email()).get(0);
    var again =
        mvc.perform(
                post("/admin/outbox/" + mail.id() + "/send-again")
                    .cookie(adminSession)
                    .with(csrf()))
            .andReturn();
    assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/admin/outbox/" + mail.id());
    assertThat((String) again.getFlashMap().get("notice")).contains("No SMTP server");
    assertThat(mailer.to(colleague.email())).hasSize(1);
    assertThat(
            mvc.perform(
                    post("/admin/outbox/" + UUID.randomUUID() + "/send-again")
                        .cookie(adminSession)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }
}
