package app.velocity.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.inventory.ProfileSharing;
import app.velocity.mail.Mailer;
import app.velocity.mail.OutboxEntry;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The whole consent flow through the web: invite, open the link without an account, take the
 * inventory, decide, revoke; and the link's failure pages.
 */
@IntegrationTest
class InvitationsTest {

  private static final Pattern LINK =
      Pattern.compile("http://localhost(/invitation/[A-Za-z0-9_-]+)");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Invitations invitations;
  @Autowired ProfileSharing sharing;
  @Autowired Mailer mailer;
  @Autowired JdbcClient jdbc;

  OrganisationView org;
  PersonView executive;
  CurrentUser inviter;

  @BeforeEach
  void anExecutive() {
    org = fixtures.organisation();
    executive = fixtures.person(Role.EXECUTIVE, org);
    inviter = CurrentUser.of(executive);
  }

  static String linkIn(OutboxEntry mail) {
    Matcher m = LINK.matcher(mail.body());
    assertThat(m.find()).as("an invitation link in %s", mail.body()).isTrue();
    return m.group(1);
  }

  private String newAddress() {
    return Fixtures.unique("colleague") + "@example.test";
  }

  private MockHttpServletResponse getAs(Cookie session, String path) throws Exception {
    return mvc.perform(get(path).cookie(session)).andReturn().getResponse();
  }

  private MockHttpServletResponse postAs(Cookie session, String path) throws Exception {
    return mvc.perform(post(path).cookie(session).with(csrf())).andReturn().getResponse();
  }

  /** Opens the link as a browser without an account would, and presses Continue. */
  private Cookie openLink(String link) throws Exception {
    assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(200);
    MvcResult result = mvc.perform(post(link).with(csrf())).andReturn();
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sharing");
    return SignInSupport.sessionCookie(result);
  }

  @Test
  @Tag("smoke")
  void invitingSomeoneNewAddsAColleagueAndMailsASingleUseLinkStoredAsAHash() throws Exception {
    String email = newAddress();
    Invitations.Invited invited =
        invitations.invite(inviter, null, "Ada Brook", email, "Would you help me?");
    assertThat(invited.alreadyOpen()).isFalse();
    PersonView colleague = fixtures.directory().personByEmail(email).orElseThrow();
    assertThat(colleague.role()).isEqualTo(Role.COLLEAGUE);
    assertThat(colleague.organisation()).isEqualTo(org.id());

    List<OutboxEntry> mails = mailer.to(email);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).body())
        .contains("Would you help me?")
        .contains(executive.name() + " will see your result only if you choose to share it");
    String link = linkIn(mails.get(0));
    String secret = link.substring(link.lastIndexOf('/') + 1);
    assertThat(
            jdbc.sql("select count(*) from one_time_links where token_hash = ?")
                .param(secret)
                .query(Long.class)
                .single())
        .isZero();

    // the page explains; only the button spends the link
    String landing = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
    assertThat(landing)
        .contains(executive.name() + " will see your result only if you choose to share it")
        .contains("they will see whether you have answered")
        .contains("Would you help me?");
    Cookie session = openLink(link);
    assertThat(getAs(session, "/sharing").getContentAsString())
        .contains(executive.name() + " asks you to take the inventory")
        .contains("Take the inventory")
        .contains("Come back later");

    MockHttpServletResponse again = mvc.perform(get(link)).andReturn().getResponse();
    assertThat(again.getStatus()).isEqualTo(410);
    assertThat(again.getContentAsString()).contains("already been used");
  }

  @Test
  void reInvitingWhileOpenSendsNothingNew() {
    PersonView colleague = fixtures.person(Role.COLLEAGUE, org);
    Invitations.Invited first = invitations.invite(inviter, colleague.id(), null, null, null);
    Invitations.Invited second = invitations.invite(inviter, null, null, colleague.email(), null);
    assertThat(second.alreadyOpen()).isTrue();
    assertThat(second.invitation().id()).isEqualTo(first.invitation().id());
    assertThat(mailer.to(colleague.email())).hasSize(1);
    assertThat(invitations.sentBy(inviter)).hasSize(1);
  }

  @Test
  void theWebFormSaysSoWhenAnInvitationIsOpenAndKeepsInputOnAMistake() throws Exception {
    Cookie session = SignInSupport.signIn(mvc, executive);
    PersonView colleague = fixtures.person(Role.COLLEAGUE, org);
    MvcResult sent =
        mvc.perform(
                post("/invitations")
                    .cookie(session)
                    .with(csrf())
                    .param("person", colleague.id().value().toString())
                    .param("note", "Thanks!"))
            .andReturn();
    assertThat(sent.getFlashMap().get("notice"))
        .isEqualTo("Invitation sent to " + colleague.name() + ".");
    MvcResult again =
        mvc.perform(
                post("/invitations")
                    .cookie(session)
                    .with(csrf())
                    .param("person", colleague.id().value().toString()))
            .andReturn();
    assertThat((String) again.getFlashMap().get("notice")).contains("still open, so no second one");

    MockHttpServletResponse mistake =
        mvc.perform(
                post("/invitations")
                    .cookie(session)
                    .with(csrf())
                    .param("name", "Eve Fox")
                    .param("email", "not an address")
                    .param("note", "keep me"))
            .andReturn()
            .getResponse();
    assertThat(mistake.getStatus()).isEqualTo(422);
    assertThat(mistake.getContentAsString())
        .contains("id=\"email-error\"")
        .contains("value=\"not an address\"")
        .contains("value=\"Eve Fox\"")
        .contains("keep me");
  }

  @Test
  void aColleagueTakesItSharesAndRevokesAndTheInviterSeesOnlyWhatIsShared() throws Exception {
    String email = newAddress();
    invitations.invite(inviter, null, "Ben Ortiz", email, null);
    PersonView colleague = fixtures.directory().personByEmail(email).orElseThrow();
    Cookie colleagueSession = openLink(linkIn(mailer.to(email).get(0)));
    Cookie executiveSession = SignInSupport.signIn(mvc, executive);
    String report = "/people/" + colleague.id().value() + "/profile";

    // taking it answers the invitation; the result is still private
    fixtures.profile(colleague, new int[] {6, 2, 2}, new int[] {2, 2, 6});
    assertThat(getAs(executiveSession, report).getStatus()).isEqualTo(404);
    assertThat(getAs(executiveSession, report + "/report.pdf").getStatus()).isEqualTo(404);
    String list = getAs(executiveSession, "/invitations").getContentAsString();
    assertThat(list).contains("Answered").doesNotContain("See the report");

    // undecided and kept private look the same to the inviter
    String sharingPage = getAs(colleagueSession, "/sharing").getContentAsString();
    assertThat(sharingPage).contains("Share with " + executive.name());
    List<InvitationView> undecided = invitations.sentBy(inviter);
    java.util.UUID id = invitations.receivedBy(CurrentUser.of(colleague)).get(0).id();
    postAs(colleagueSession, "/sharing/invitations/" + id + "/keep-private");
    assertThat(invitations.sentBy(inviter)).isEqualTo(undecided);
    assertThat(undecided.get(0).status()).isEqualTo(InvitationStatus.ANSWERED);
    assertThat(getAs(executiveSession, "/invitations").getContentAsString())
        .contains("Answered")
        .doesNotContain("Kept private")
        .doesNotContain("not decided");

    postAs(colleagueSession, "/sharing/invitations/" + id + "/share");
    assertThat(getAs(executiveSession, report).getStatus()).isEqualTo(200);
    assertThat(getAs(executiveSession, "/invitations").getContentAsString())
        .contains("Shared with you")
        .contains("See the report");
    assertThat(getAs(colleagueSession, "/sharing").getContentAsString())
        .contains("Stop sharing with " + executive.name());

    postAs(colleagueSession, "/sharing/viewers/" + executive.id().value() + "/revoke");
    assertThat(getAs(executiveSession, report).getStatus()).isEqualTo(404);
    assertThat(getAs(executiveSession, report + "/report.pdf").getStatus()).isEqualTo(404);
    assertThat(getAs(executiveSession, "/invitations").getContentAsString())
        .contains("Answered")
        .doesNotContain("Shared with you");
  }

  @Test
  void aColleagueWithAResultIsAskedToShareItInsteadOfRetaking() throws Exception {
    PersonView colleague = fixtures.person(Role.COLLEAGUE, org);
    fixtures.profile(colleague, new int[] {2, 6, 2}, new int[] {2, 2, 6});
    invitations.invite(inviter, colleague.id(), null, null, null);
    Cookie session = openLink(linkIn(mailer.to(colleague.email()).get(0)));
    String page = getAs(session, "/sharing").getContentAsString();
    assertThat(page)
        .contains("no need to take the inventory again")
        .contains(executive.name() + " would like to see your result")
        .contains("Share with " + executive.name())
        .doesNotContain("Take the inventory");
    // having a result before the invitation does not tell the inviter anything
    assertThat(invitations.sentBy(inviter).get(0).status()).isEqualTo(InvitationStatus.SENT);
  }

  @Test
  void expiredTamperedAndWithdrawnLinksGetAClearPage() throws Exception {
    PersonView a = fixtures.person(Role.COLLEAGUE, org);
    PersonView b = fixtures.person(Role.COLLEAGUE, org);
    invitations.invite(inviter, a.id(), null, null, null);
    Invitations.Invited toB = invitations.invite(inviter, b.id(), null, null, null);
    String linkA = linkIn(mailer.to(a.email()).get(0));
    String linkB = linkIn(mailer.to(b.email()).get(0));

    MockHttpServletResponse tampered = mvc.perform(get(linkA + "x")).andReturn().getResponse();
    assertThat(tampered.getStatus()).isEqualTo(410);
    assertThat(tampered.getContentAsString()).contains("This link is not valid");

    invitations.withdraw(inviter, toB.invitation().id());
    MockHttpServletResponse withdrawn = mvc.perform(get(linkB)).andReturn().getResponse();
    assertThat(withdrawn.getStatus()).isEqualTo(410);
    MockHttpServletResponse pressed =
        mvc.perform(post(linkB).with(csrf())).andReturn().getResponse();
    assertThat(pressed.getStatus()).isEqualTo(410);
    assertThat(pressed.getCookie("SESSION")).isNull();

    jdbc.sql("update one_time_links set expires_at = ? where purpose = 'INVITATION'")
        .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)))
        .update();
    MockHttpServletResponse expired =
        mvc.perform(post(linkA).with(csrf())).andReturn().getResponse();
    assertThat(expired.getStatus()).isEqualTo(410);
    assertThat(expired.getContentAsString()).contains("expired");
  }

  @Test
  void withdrawingIsOnlyForOpenInvitationsOfOnesOwn() {
    PersonView colleague = fixtures.person(Role.COLLEAGUE, org);
    Invitations.Invited invited = invitations.invite(inviter, colleague.id(), null, null, null);
    PersonView otherExecutive = fixtures.person(Role.EXECUTIVE, org);
    assertThatThrownBy(
            () -> invitations.withdraw(CurrentUser.of(otherExecutive), invited.invitation().id()))
        .isInstanceOf(InvitationNotFound.class);
    invitations.withdraw(inviter, invited.invitation().id());
    assertThat(invitations.sentBy(inviter).get(0).status()).isEqualTo(InvitationStatus.WITHDRAWN);
    assertThatThrownBy(() -> invitations.withdraw(inviter, invited.invitation().id()))
        .isInstanceOf(IllegalStateException.class);
    // a withdrawn invitation no longer blocks a new one
    assertThat(invitations.invite(inviter, colleague.id(), null, null, null).alreadyOpen())
        .isFalse();
  }

  @Test
  void onlyPeopleOfOnesOwnOrganisationCanBeInvited() {
    PersonView elsewhere = fixtures.person(Role.COLLEAGUE, fixtures.organisation());
    PersonView sponsor = fixtures.person(Role.SPONSOR, org);
    assertThatThrownBy(() -> invitations.invite(inviter, elsewhere.id(), null, null, null))
        .isInstanceOf(InvalidInvitation.class)
        .hasMessageStartingWith("person:");
    // an address of someone one may not invite is answered as a new one (issue 14: no enumeration)
    assertThat(invitations.invite(inviter, null, "X", elsewhere.email(), null).invitation().name())
        .isEqualTo("X");
    assertThatThrownBy(() -> invitations.invite(inviter, sponsor.id(), null, null, null))
        .isInstanceOf(InvalidInvitation.class);
    assertThatThrownBy(() -> invitations.invite(inviter, executive.id(), null, null, null))
        .isInstanceOf(InvalidInvitation.class);
    assertThat(invitations.invitable(inviter))
        .extracting(PersonView::id)
        .doesNotContain(elsewhere.id(), sponsor.id(), executive.id());
    assertThat(mailer.to(elsewhere.email()))
        .singleElement()
        .satisfies(m -> assertThat(m.body()).doesNotContain("/invitation/"));
  }

  @Test
  void aColleagueWhoCameByLinkCanChooseAPasswordOnceAndSignInLater() throws Exception {
    String email = newAddress();
    invitations.invite(inviter, null, "Cy Dale", email, null);
    Cookie session = openLink(linkIn(mailer.to(email).get(0)));
    MockHttpServletResponse weak =
        mvc.perform(
                post("/sharing/password")
                    .cookie(session)
                    .with(csrf())
                    .param("password", "short")
                    .param("confirmation", "short"))
            .andReturn()
            .getResponse();
    assertThat(weak.getStatus()).isEqualTo(422);
    assertThat(weak.getContentAsString()).contains("at least 10 characters");
    mvc.perform(
        post("/sharing/password")
            .cookie(session)
            .with(csrf())
            .param("password", "a long enough secret")
            .param("confirmation", "a long enough secret"));
    SignInSupport.signIn(mvc, email, "a long enough secret");
    MockHttpServletResponse twice =
        mvc.perform(
                post("/sharing/password")
                    .cookie(session)
                    .with(csrf())
                    .param("password", "another long secret")
                    .param("confirmation", "another long secret"))
            .andReturn()
            .getResponse();
    assertThat(twice.getStatus()).isEqualTo(409);
  }

  @Test
  void anInvitedColleagueWithoutAPasswordCanGetOneByForgotPassword() throws Exception {
    String email = newAddress();
    invitations.invite(inviter, null, "Di Eve", email, null);
    mvc.perform(post("/reset").param("email", email).with(csrf()));
    assertThat(mailer.to(email)).hasSize(2);
    assertThat(mailer.to(email).get(0).body()).contains("/reset/");
  }
}
