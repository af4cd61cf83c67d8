package app.velocity.identity;

import static app.velocity.identity.ThrottlingAttackTest.from;
import static app.velocity.identity.ThrottlingAttackTest.newAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.mail.Mailer;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * No answer tells whether an address has an account, in any organisation (issue 14, §8): sign-in,
 * password reset, sign-in by link and inviting a colleague answer an address that is somebody's
 * exactly as one that is nobody's. Also the limits on mailing links.
 */
@IntegrationTest
class EnumerationAttackTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Mailer mailer;

  /** Status and page of an answer, with the address itself and the session's CSRF tokens out. */
  private static String answer(MockHttpServletResponse response, String email) throws Exception {
    return response.getStatus()
        + " "
        + response.getRedirectedUrl()
        + " "
        + response
            .getContentAsString()
            .replace(email, "<address>")
            .replaceAll("[A-Za-z0-9_-]{40,}", "<csrf token>");
  }

  @Test
  void signInAnswersAlikeForUnknownWrongDeactivatedAndPasswordlessAddresses() throws Exception {
    PersonView known = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    PersonView deactivated = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    fixtures.directory().setPersonActive(deactivated.id(), false);
    PersonView withoutPassword = fixtures.withoutPassword(Role.COLLEAGUE, fixtures.organisation());
    String unknown = Fixtures.unique("nobody") + "@example.test";
    List<String> answers =
        List.of(unknown, known.email(), deactivated.email(), withoutPassword.email()).stream()
            .map(
                email -> {
                  try {
                    return answer(
                        mvc.perform(
                                post("/sign-in")
                                    .param("email", email)
                                    .param("password", "not the password")
                                    .with(csrf())
                                    .with(from(newAddress())))
                            .andReturn()
                            .getResponse(),
                        email);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toList();
    assertThat(answers).containsOnly(answers.get(0));
    assertThat(answers.get(0)).startsWith("302 /sign-in?error");
  }

  @Test
  void resetAndSignInLinkRequestsAnswerAlikeForKnownAndUnknownAddresses() throws Exception {
    PersonView known = fixtures.person(Role.COACH, null);
    String unknown = Fixtures.unique("nobody") + "@example.test";
    for (String path : List.of("/reset", "/sign-in/link")) {
      String toKnown =
          answer(
              mvc.perform(post(path).param("email", known.email()).with(csrf()))
                  .andReturn()
                  .getResponse(),
              known.email());
      String toUnknown =
          answer(
              mvc.perform(post(path).param("email", unknown).with(csrf()))
                  .andReturn()
                  .getResponse(),
              unknown);
      assertThat(toUnknown).as(path).isEqualTo(toKnown).startsWith("200 ");
    }
    assertThat(mailer.to(known.email())).hasSize(2);
    assertThat(mailer.to(unknown)).isEmpty();
  }

  @Test
  void resetIsLimitedPerAddressAlikeForKnownAndUnknownOnes() throws Exception {
    PersonView known = fixtures.person(Role.COACH, null);
    String unknown = Fixtures.unique("nobody") + "@example.test";
    for (String email : List.of(known.email(), unknown)) {
      // from a different client each time: the limit is the recipient's
      for (int i = 0; i < LinkRequestLimits.PER_RECIPIENT.limit(); i++) {
        assertThat(
                mvc.perform(
                        post("/reset").param("email", email).with(csrf()).with(from(newAddress())))
                    .andReturn()
                    .getResponse()
                    .getStatus())
            .isEqualTo(200);
      }
      MockHttpServletResponse refused =
          mvc.perform(
                  post("/sign-in/link").param("email", email).with(csrf()).with(from(newAddress())))
              .andReturn()
              .getResponse();
      assertThat(refused.getStatus()).isEqualTo(429);
      assertThat(refused.getHeader("Retry-After")).isNotNull();
      assertThat(refused.getContentAsString())
          .contains("the newest of those links in its mailbox works")
          .contains("value=\"" + email + "\"");
    }
    assertThat(mailer.to(known.email())).hasSize(LinkRequestLimits.PER_RECIPIENT.limit());
  }

  @Test
  void resetIsLimitedPerClientAddress() throws Exception {
    String client = newAddress();
    for (int i = 0; i < LinkRequestLimits.PER_CLIENT.limit(); i++) {
      assertThat(
              mvc.perform(
                      post("/reset")
                          .param("email", Fixtures.unique("bulk") + "@example.test")
                          .with(csrf())
                          .with(from(client)))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .isEqualTo(200);
    }
    PersonView known = fixtures.person(Role.COACH, null);
    MockHttpServletResponse refused =
        mvc.perform(post("/reset").param("email", known.email()).with(csrf()).with(from(client)))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getContentAsString()).contains("from your network");
    assertThat(mailer.to(known.email())).isEmpty();
    // the same address from another client is answered as usual
    assertThat(
            mvc.perform(
                    post("/reset")
                        .param("email", known.email())
                        .with(csrf())
                        .with(from(newAddress())))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  @Test
  void invitingAnAddressOfAnotherOrganisationAnswersAsForSomeoneNew() throws Exception {
    OrganisationView org = fixtures.organisation();
    PersonView inviter = fixtures.person(Role.EXECUTIVE, org);
    PersonView elsewhere = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    PersonView ownSponsor = fixtures.person(Role.SPONSOR, org);
    Cookie session = SignInSupport.signIn(mvc, inviter);
    String nobody = Fixtures.unique("nobody") + "@example.test";

    Map<String, String> notices = new java.util.LinkedHashMap<>();
    for (String email : List.of(nobody, elsewhere.email(), ownSponsor.email())) {
      MvcResult sent =
          mvc.perform(
                  post("/invitations")
                      .cookie(session)
                      .with(csrf())
                      .param("name", "Pat Typed")
                      .param("email", email))
              .andReturn();
      // before: 422 and "... is already used by someone else" for the taken addresses
      assertThat(sent.getResponse().getStatus()).as(email).isEqualTo(302);
      notices.put(email, (String) sent.getFlashMap().get("notice"));
    }
    assertThat(notices.values()).containsOnly("Invitation sent to Pat Typed.");

    String list =
        mvc.perform(
                get("/api/v1/invitations")
                    .header("Authorization", "Bearer " + fixtures.token(inviter)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Map<String, Object>> rows = JsonPath.read(list, "$");
    assertThat(rows).hasSize(3);
    for (Map<String, Object> row : rows) {
      assertThat(row.get("name")).isEqualTo("Pat Typed");
      assertThat(row.get("status")).isEqualTo("SENT");
      assertThat(row.get("reportHref")).isNull();
    }
    // (their names are part of their addresses here, which the inviter typed: only ids can leak)
    assertThat(list)
        .doesNotContain(elsewhere.id().value().toString())
        .doesNotContain(ownSponsor.id().value().toString());
    // the address's owner hears of it, without a link, and sees no invitation to act on
    assertThat(mailer.to(elsewhere.email()))
        .singleElement()
        .satisfies(m -> assertThat(m.body()).doesNotContain("/invitation/"));
    assertThat(
            mvc.perform(get("/sharing").cookie(SignInSupport.signIn(mvc, elsewhere)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain(inviter.name());
  }

  @Test
  void theApiAnswersAnAddressOfAnotherOrganisationAsASomeoneNew() throws Exception {
    PersonView inviter = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    PersonView elsewhere = fixtures.person(Role.COLLEAGUE, fixtures.organisation());
    String token = fixtures.token(inviter);
    List<String> shapes = new java.util.ArrayList<>();
    for (String email : List.of(Fixtures.unique("nobody") + "@example.test", elsewhere.email())) {
      MockHttpServletResponse response =
          mvc.perform(
                  post("/api/v1/invitations")
                      .header("Authorization", "Bearer " + token)
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"name\": \"Kim Typed\", \"email\": \"" + email + "\"}"))
              .andReturn()
              .getResponse();
      Map<String, Object> body = JsonPath.read(response.getContentAsString(), "$");
      shapes.add(
          response.getStatus()
              + " "
              + new java.util.TreeSet<>(body.keySet())
              + " "
              + body.get("name")
              + " "
              + body.get("status")
              + " "
              + body.get("email").equals(email));
      assertThat(response.getContentAsString()).doesNotContain(elsewhere.id().value().toString());
    }
    assertThat(shapes.get(1)).isEqualTo(shapes.get(0));
    assertThat(shapes.get(0)).startsWith("201 ");
  }
}
