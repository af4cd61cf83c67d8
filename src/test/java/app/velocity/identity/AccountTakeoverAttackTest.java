package app.velocity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.mail.Mailer;
import app.velocity.mail.OutboxEntry;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nobody can take over an account (issue 14, §4): the attacks an insider tried with a link that was
 * not theirs, and the sessions and links an intruder keeps after the owner takes the account back.
 */
@IntegrationTest
class AccountTakeoverAttackTest {

  private static final Pattern LINK =
      Pattern.compile("http://localhost(/(reset|join|sign-in/link)/[A-Za-z0-9_-]+)");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Mailer mailer;
  @Autowired JoinInvitations joinInvitations;
  @Autowired OneTimeLinks links;

  /** The links mailed to an address, newest first. */
  private List<String> linksMailedTo(String email) {
    return mailer.to(email).stream()
        .map(OutboxEntry::body)
        .map(LINK::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .toList();
  }

  private String resetLinkOf(PersonView person) throws Exception {
    mvc.perform(post("/reset").param("email", person.email()).with(csrf()));
    return linksMailedTo(person.email()).get(0);
  }

  private int reset(String link, String password) throws Exception {
    mvc.perform(get(link));
    return mvc.perform(
            post(link).param("password", password).param("confirmation", password).with(csrf()))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private int statusOfHome(Cookie session) throws Exception {
    return mvc.perform(get("/").cookie(session)).andReturn().getResponse().getStatus();
  }

  @Test
  void anAdminWhoMovesSomeonesAddressToTheirOwnGetsNoLinkIntoTheAccount() throws Exception {
    PersonView admin = fixtures.admin();
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    Cookie adminSession = SignInSupport.signIn(mvc, admin);
    String adminsMailbox = "collector-" + exec.id().value() + "@example.com";
    mvc.perform(
        post("/admin/people/" + exec.id().value())
            .param("name", exec.name())
            .param("email", adminsMailbox)
            .param("title", "")
            .cookie(adminSession)
            .with(csrf()));
    // before: a reset link into the executive's account arrived in the admin's mailbox
    mvc.perform(post("/reset").param("email", adminsMailbox).with(csrf()));
    mvc.perform(post("/sign-in/link").param("email", adminsMailbox).with(csrf()));
    assertThat(linksMailedTo(adminsMailbox)).isEmpty();
    // the old address is told where the account went, and nothing of use to an intruder
    assertThat(mailer.to(exec.email()))
        .anySatisfy(
            m -> {
              assertThat(m.subject()).isEqualTo("Your Velocity sign-in address was changed");
              assertThat(m.body()).contains(adminsMailbox).doesNotContainPattern(LINK);
            });
    // the owner signs in with the password at the new address: links are theirs again
    SignInSupport.signIn(mvc, adminsMailbox, Fixtures.PASSWORD);
    mvc.perform(post("/reset").param("email", adminsMailbox).with(csrf()));
    assertThat(linksMailedTo(adminsMailbox)).hasSize(1);
  }

  @Test
  void aCorrectedAddressOfSomeoneWithoutAPasswordIsNotHeld() throws Exception {
    PersonView admin = fixtures.admin();
    PersonView newcomer = fixtures.withoutPassword(Role.EXECUTIVE, fixtures.organisation());
    Cookie adminSession = SignInSupport.signIn(mvc, admin);
    String corrected = "corrected-" + newcomer.id().value() + "@example.com";
    mvc.perform(
        post("/admin/people/" + newcomer.id().value())
            .param("name", newcomer.name())
            .param("email", corrected)
            .param("title", "")
            .cookie(adminSession)
            .with(csrf()));
    // a typo fixed before the person joined: the invitation to join still goes out
    joinInvitations.invite(newcomer.id(), admin.name());
    assertThat(linksMailedTo(corrected)).hasSize(1);
  }

  @Test
  void anInvitationToJoinIsNotSentToSomeoneWhoHasAPassword() throws Exception {
    PersonView admin = fixtures.admin();
    PersonView coach = fixtures.person(Role.COACH, null);
    Cookie adminSession = SignInSupport.signIn(mvc, admin);
    // before: the admin could invite the coach to join, and the join link set the coach's password
    mvc.perform(
        post("/admin/people/" + coach.id().value() + "/invitation")
            .cookie(adminSession)
            .with(csrf()));
    assertThat(mailer.to(coach.email())).isEmpty();
    assertThatThrownBy(() -> joinInvitations.invite(coach.id(), admin.name()))
        .isInstanceOf(HasPasswordAlready.class)
        .hasMessageContaining("Forgot your password?");
    SignInSupport.signIn(mvc, coach);
  }

  @Test
  void aJoinLinkIssuedBeforeThePersonChoseAPasswordNoLongerSetsIt() throws Exception {
    PersonView admin = fixtures.admin();
    PersonView newcomer = fixtures.withoutPassword(Role.EXECUTIVE, fixtures.organisation());
    joinInvitations.invite(newcomer.id(), admin.name());
    joinInvitations.invite(newcomer.id(), admin.name());
    List<String> joinLinks = linksMailedTo(newcomer.email());
    assertThat(joinLinks).hasSize(2);
    // the newcomer joins with the newer link; the older one, which someone else may hold, is spent
    assertThat(reset(joinLinks.get(0), "the newcomer's own")).isEqualTo(302);
    SignInSupport.signIn(mvc, newcomer.email(), "the newcomer's own");
    String older = joinLinks.get(1);
    assertThat(mvc.perform(get(older)).andReturn().getResponse().getContentAsString())
        .contains("This link cannot be used");
    mvc.perform(
        post(older)
            .param("password", "taken over now")
            .param("confirmation", "taken over now")
            .with(csrf()));
    SignInSupport.signIn(mvc, newcomer.email(), "the newcomer's own");
    // even a join link that was never spent stops at a person who has a password
    String secret = links.issue(newcomer.id(), LinkPurpose.JOIN);
    assertThat(mvc.perform(get("/join/" + secret)).andReturn().getResponse().getContentAsString())
        .contains("for people without a password");
    mvc.perform(
        post("/join/" + secret)
            .param("password", "taken over now")
            .param("confirmation", "taken over now")
            .with(csrf()));
    SignInSupport.signIn(mvc, newcomer.email(), "the newcomer's own");
  }

  @Test
  void resettingThePasswordEndsEveryOtherSessionOfThePerson() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    Cookie intruder = SignInSupport.signIn(mvc, exec);
    Cookie ownerElsewhere = SignInSupport.signIn(mvc, exec);
    PersonView other = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    Cookie bystander = SignInSupport.signIn(mvc, other);
    assertThat(statusOfHome(intruder)).isEqualTo(200);

    assertThat(reset(resetLinkOf(exec), "taken back for good")).isEqualTo(302);

    // before: the intruder's session went on working after the owner took the account back
    assertThat(statusOfHome(intruder)).isEqualTo(302);
    assertThat(statusOfHome(ownerElsewhere)).isEqualTo(302);
    assertThat(statusOfHome(bystander)).isEqualTo(200);
    SignInSupport.signIn(mvc, exec.email(), "taken back for good");
  }

  @Test
  void joiningEndsEveryOtherSessionOfThePersonToo() throws Exception {
    PersonView admin = fixtures.admin();
    PersonView joiner = fixtures.withoutPassword(Role.EXECUTIVE, fixtures.organisation());
    // a session the person has without a password (an e-mailed sign-in link, as invitees have)
    String signInSecret = links.issue(joiner.id(), LinkPurpose.SIGN_IN);
    var viaLink = mvc.perform(post("/sign-in/link/" + signInSecret).with(csrf())).andReturn();
    Cookie earlier = SignInSupport.sessionCookie(viaLink);
    assertThat(statusOfHome(earlier)).isEqualTo(200);
    joinInvitations.invite(joiner.id(), admin.name());
    var joined =
        mvc.perform(
                post(linksMailedTo(joiner.email()).get(0))
                    .param("password", "my very own one")
                    .param("confirmation", "my very own one")
                    .with(csrf()))
            .andReturn();
    assertThat(statusOfHome(SignInSupport.sessionCookie(joined))).isEqualTo(200);
    assertThat(statusOfHome(earlier)).isEqualTo(302);
  }

  @Test
  void usingAResetLinkSpendsEveryResetJoinAndSignInLinkIssuedBefore() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    String first = resetLinkOf(exec);
    mvc.perform(post("/sign-in/link").param("email", exec.email()).with(csrf()));
    String signInLink = linksMailedTo(exec.email()).get(0);
    String second = resetLinkOf(exec);

    assertThat(reset(second, "the second one wins")).isEqualTo(302);

    // before: an older reset link went on working, for whoever had a copy of it
    assertThat(mvc.perform(get(first)).andReturn().getResponse().getContentAsString())
        .contains("already been used");
    assertThat(reset(first, "an intruder's choice")).isEqualTo(200);
    assertThat(mvc.perform(post(signInLink).with(csrf())).andReturn().getResponse().getStatus())
        .isEqualTo(200);
    SignInSupport.signIn(mvc, exec.email(), "the second one wins");
  }

  @Test
  void thePersonIsToldByEmailThatTheirPasswordChanged() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    reset(resetLinkOf(exec), "changed by the link");
    OutboxEntry notice = mailer.to(exec.email()).get(0);
    assertThat(notice.subject()).isEqualTo("Your Velocity password was changed");
    assertThat(notice.body())
        .contains("every other session of yours was signed out")
        .contains("http://localhost/reset")
        .doesNotContainPattern("/reset/[A-Za-z0-9_-]{20,}");
  }

  @Test
  void aLinkSignsInOnlyThePersonItWasMailedToAndOnlyOnce() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    PersonView other = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    mvc.perform(post("/sign-in/link").param("email", exec.email()).with(csrf()));
    String link = linksMailedTo(exec.email()).get(0);
    assertThat(linksMailedTo(other.email())).isEmpty();
    var first = mvc.perform(post(link).with(csrf())).andReturn();
    assertThat(
            mvc.perform(get("/").cookie(SignInSupport.sessionCookie(first)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(exec.name())
        .doesNotContain(other.name());
    assertThat(mvc.perform(post(link).with(csrf())).andReturn().getResponse().getContentAsString())
        .contains("already been used");
  }
}
