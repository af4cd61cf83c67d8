package app.velocity.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.inventory.ProfileSharing;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The invitations and shares API, and the privacy rules around them: only one's own invitations,
 * nothing across organisations, no result before it is shared, no executive pages for colleagues.
 */
@IntegrationTest
class InvitationsApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Invitations invitations;
  @Autowired ProfileSharing sharing;

  OrganisationView org;
  PersonView executive;
  PersonView colleague;
  String token;

  @BeforeEach
  void anExecutiveWithAColleague() {
    org = fixtures.organisation();
    executive = fixtures.person(Role.EXECUTIVE, org);
    colleague = fixtures.person(Role.COLLEAGUE, org);
    token = fixtures.token(executive);
  }

  private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder r) {
    return r.header("Authorization", "Bearer " + token);
  }

  private static MockHttpServletRequestBuilder json(
      String token, MockHttpServletRequestBuilder r, String body) {
    return as(token, r).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  @Test
  @Tag("smoke")
  void createsListsAndWithdrawsOwnInvitations() throws Exception {
    String body = "{\"personId\": \"" + colleague.id().value() + "\", \"note\": \"Please\"}";
    String location =
        mvc.perform(json(token, post("/api/v1/invitations"), body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("SENT"))
            .andExpect(jsonPath("$.name").value(colleague.name()))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    mvc.perform(json(token, post("/api/v1/invitations"), body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SENT"));
    mvc.perform(as(token, get("/api/v1/invitations")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].note").value("Please"));
    mvc.perform(as(token, delete(location))).andExpect(status().isNoContent());
    mvc.perform(as(token, delete(location))).andExpect(status().isConflict());
    mvc.perform(as(token, get(location))).andExpect(jsonPath("$.status").value("WITHDRAWN"));
  }

  @Test
  void badInputNamesTheField() throws Exception {
    mvc.perform(json(token, post("/api/v1/invitations"), "{\"name\": \"Nobody\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("email"));
    mvc.perform(
            json(
                token,
                post("/api/v1/invitations"),
                "{\"personId\": \""
                    + colleague.id().value()
                    + "\", \"note\": \""
                    + "x".repeat(1001)
                    + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("note"));
  }

  @Test
  void oneOrganisationsInvitationsAreInvisibleToAnother() throws Exception {
    InvitationView mine =
        invitations
            .invite(CurrentUser.of(executive), colleague.id(), null, null, null)
            .invitation();
    PersonView elsewhere = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    String theirs = fixtures.token(elsewhere);
    mvc.perform(as(theirs, get("/api/v1/invitations"))).andExpect(jsonPath("$.length()").value(0));
    mvc.perform(as(theirs, get("/api/v1/invitations/" + mine.id())))
        .andExpect(status().isNotFound());
    mvc.perform(as(theirs, delete("/api/v1/invitations/" + mine.id())))
        .andExpect(status().isNotFound());
    // nor can they invite someone of another organisation
    mvc.perform(
            json(
                theirs,
                post("/api/v1/invitations"),
                "{\"personId\": \"" + colleague.id().value() + "\"}"))
        .andExpect(status().isBadRequest());
    // and a fellow executive of the same organisation does not see them either
    String peer = fixtures.token(fixtures.person(Role.EXECUTIVE, org));
    mvc.perform(as(peer, get("/api/v1/invitations/" + mine.id()))).andExpect(status().isNotFound());
    Cookie session = SignInSupport.signIn(mvc, elsewhere);
    assertThat(
            mvc.perform(get("/invitations").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain(colleague.name());
  }

  @Test
  void aColleagueCannotReachTheExecutivesInvitations() throws Exception {
    String colleagueToken = fixtures.token(colleague);
    mvc.perform(as(colleagueToken, get("/api/v1/invitations"))).andExpect(status().isForbidden());
    Cookie session = SignInSupport.signIn(mvc, colleague);
    assertThat(
            mvc.perform(get("/invitations").cookie(session)).andReturn().getResponse().getStatus())
        .isEqualTo(403);
    assertThat(mvc.perform(get("/sharing").cookie(session)).andReturn().getResponse().getStatus())
        .isEqualTo(200);
  }

  @Test
  void theOwnerSharesAndRevokesThroughTheApiWithImmediateEffect() throws Exception {
    fixtures.profile(colleague, new int[] {2, 2, 6}, new int[] {6, 2, 2});
    String colleagueToken = fixtures.token(colleague);
    String report = "/people/" + colleague.id().value() + "/profile";
    Cookie executiveSession = SignInSupport.signIn(mvc, executive);
    assertThat(
            mvc.perform(get(report).cookie(executiveSession)).andReturn().getResponse().getStatus())
        .isEqualTo(404);

    mvc.perform(as(colleagueToken, put("/api/v1/profile/shares/" + executive.id().value())))
        .andExpect(status().isNoContent());
    mvc.perform(as(colleagueToken, get("/api/v1/profile/shares")))
        .andExpect(jsonPath("$[0].personId").value(executive.id().value().toString()));
    assertThat(
            mvc.perform(get(report).cookie(executiveSession)).andReturn().getResponse().getStatus())
        .isEqualTo(200);

    mvc.perform(as(colleagueToken, delete("/api/v1/profile/shares/" + executive.id().value())))
        .andExpect(status().isNoContent());
    assertThat(
            mvc.perform(get(report).cookie(executiveSession)).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get(report + "/report.pdf").cookie(executiveSession))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void sharingIsOnlyWithPeopleOfOnesOwnOrganisation() throws Exception {
    String colleagueToken = fixtures.token(colleague);
    PersonView elsewhere = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    PersonView sponsor = fixtures.person(Role.SPONSOR, org);
    mvc.perform(as(colleagueToken, put("/api/v1/profile/shares/" + elsewhere.id().value())))
        .andExpect(status().isNotFound());
    // a sponsor of one's own organisation may be shared with (issue 14 §7: their team
    // distributions count only people who did)
    mvc.perform(as(colleagueToken, put("/api/v1/profile/shares/" + sponsor.id().value())))
        .andExpect(status().isNoContent());
    PersonView foreignSponsor = fixtures.person(Role.SPONSOR, fixtures.organisation());
    mvc.perform(as(colleagueToken, put("/api/v1/profile/shares/" + foreignSponsor.id().value())))
        .andExpect(status().isNotFound());
    mvc.perform(as(colleagueToken, put("/api/v1/profile/shares/" + colleague.id().value())))
        .andExpect(status().isNotFound());
    assertThat(sharing.viewersOf(colleague.id())).containsExactly(sponsor.id());
  }

  @Test
  void theInviterNeverLearnsMoreThanAnsweredThroughTheApi() throws Exception {
    InvitationView invitation =
        invitations
            .invite(CurrentUser.of(executive), colleague.id(), null, null, null)
            .invitation();
    fixtures.profile(colleague, new int[] {2, 2, 6}, new int[] {6, 2, 2});
    String answered =
        mvc.perform(as(token, get("/api/v1/invitations/" + invitation.id())))
            .andExpect(jsonPath("$.status").value("ANSWERED"))
            .andExpect(jsonPath("$.reportHref").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    invitations.keepPrivate(CurrentUser.of(colleague), invitation.id());
    assertThat(
            mvc.perform(as(token, get("/api/v1/invitations/" + invitation.id())))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .isEqualTo(answered);
  }
}
