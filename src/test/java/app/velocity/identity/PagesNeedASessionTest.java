package app.velocity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Web pages need a session (issue 14, §9): a personal access token opens the API, never a page, so
 * a token that leaks from a script cannot reach the outbox, the forms or anyone's account pages.
 * The metrics endpoint takes a firm admin's token, for scrapers.
 */
@IntegrationTest
@Tag("smoke")
class PagesNeedASessionTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  private MockHttpServletResponse withToken(String path, String token) throws Exception {
    return mvc.perform(get(path).header("Authorization", "Bearer " + token))
        .andReturn()
        .getResponse();
  }

  @Test
  void aFirmAdminsTokenOpensNoPage() throws Exception {
    String token = fixtures.token(fixtures.admin());
    for (String page :
        new String[] {"/", "/admin/outbox", "/admin/organisations", "/account/tokens"}) {
      MockHttpServletResponse response = withToken(page, token);
      // before: 200, the page as the admin
      assertThat(response.getStatus()).as(page).isEqualTo(302);
      assertThat(response.getRedirectedUrl()).as(page).endsWith("/sign-in");
    }
  }

  @Test
  void aTokenCannotPostAForm() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    MockHttpServletResponse response =
        mvc.perform(
                post("/account/tokens")
                    .header("Authorization", "Bearer " + fixtures.token(exec))
                    .param("name", "made with a token")
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
  }

  @Test
  void theSameTokenStillWorksOnTheApi() throws Exception {
    PersonView admin = fixtures.admin();
    assertThat(withToken("/api/v1/me", fixtures.token(admin)).getContentAsString())
        .contains(admin.email());
  }

  @Test
  void metricsTakeAFirmAdminsTokenOrSessionAndNobodyElses() throws Exception {
    PersonView admin = fixtures.admin();
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    assertThat(withToken("/actuator/prometheus", fixtures.token(admin)).getStatus()).isEqualTo(200);
    assertThat(withToken("/actuator/prometheus", fixtures.token(exec)).getStatus()).isEqualTo(403);
    assertThat(withToken("/actuator/prometheus", "vel_forged").getStatus()).isEqualTo(401);
    assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus())
        .isEqualTo(401);
    assertThat(
            mvc.perform(get("/actuator/prometheus").cookie(SignInSupport.signIn(mvc, admin)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus())
        .isEqualTo(200);
  }
}
