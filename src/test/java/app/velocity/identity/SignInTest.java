package app.velocity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Tag("smoke")
class SignInTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void signsInWithEmailAndPasswordAndOut() throws Exception {
    PersonView admin = fixtures.admin();
    Cookie session = SignInSupport.signIn(mvc, admin.email().toUpperCase(), Fixtures.PASSWORD);
    mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    mvc.perform(post("/sign-out").cookie(session).with(csrf()))
        .andExpect(redirectedUrl("/sign-in?signedOut"));
    mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
  }

  @Test
  void storesPasswordsHashedWithArgon2() {
    PersonView admin = fixtures.admin();
    String hash =
        jdbc.sql("select password_hash from credentials where person_id = ?")
            .param(admin.id().value())
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(Fixtures.PASSWORD);
  }

  @Test
  void rejectsAWrongPasswordKeepingTheEmail() throws Exception {
    PersonView admin = fixtures.admin();
    var result =
        mvc.perform(
                post("/sign-in")
                    .param("email", admin.email())
                    .param("password", "not the password")
                    .with(csrf()))
            .andExpect(redirectedUrl("/sign-in?error"))
            .andReturn();
    String page =
        mvc.perform(get("/sign-in").param("error", "").cookie(SignInSupport.sessionCookie(result)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("do not match").contains("value=\"" + admin.email() + "\"");
  }

  @Test
  void delaysSignInsFromTheSameAddressAfterFiveFailuresEvenForTheRightPassword() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_ADDRESS.free(); i++) {
      mvc.perform(
              post("/sign-in").param("email", exec.email()).param("password", "wrong").with(csrf()))
          .andExpect(redirectedUrl("/sign-in?error"));
    }
    // (the wait counts down from 30 s while the test runs)
    assertThat(
            mvc.perform(
                    post("/sign-in")
                        .param("email", exec.email())
                        .param("password", Fixtures.PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl())
        .matches("/sign-in\\?wait=([1-9]|[12][0-9]|30)");
    // once the wait has run out, the right password works again
    jdbc.sql("update throttles set blocked_until = ? where key_hash = ?")
        .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)))
        .param(Secrets.hash(SignInThrottle.pairKey(exec.email(), "127.0.0.1")))
        .update();
    SignInSupport.signIn(mvc, exec);
  }

  @Test
  void aSuccessfulSignInResetsTheFailureCount() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_ADDRESS.free() - 1; i++) {
      mvc.perform(
          post("/sign-in").param("email", exec.email()).param("password", "wrong").with(csrf()));
    }
    SignInSupport.signIn(mvc, exec);
    mvc.perform(
            post("/sign-in").param("email", exec.email()).param("password", "wrong").with(csrf()))
        .andExpect(redirectedUrl("/sign-in?error"));
    SignInSupport.signIn(mvc, exec);
  }

  @Test
  void deactivatedPeopleCannotSignIn() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    fixtures.directory().setPersonActive(exec.id(), false);
    mvc.perform(
            post("/sign-in")
                .param("email", exec.email())
                .param("password", Fixtures.PASSWORD)
                .with(csrf()))
        .andExpect(redirectedUrl("/sign-in?error"));
  }

  @Test
  void deactivationEndsASessionThatIsAlreadyOpen() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    Cookie session = SignInSupport.signIn(mvc, exec);
    mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    fixtures.directory().setPersonActive(exec.id(), false);
    mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/sign-in"));
    mvc.perform(get("/account/tokens").cookie(session)).andExpect(status().is3xxRedirection());
  }

  @Test
  void refusesAFormPostWithoutCsrfToken() throws Exception {
    PersonView admin = fixtures.admin();
    Cookie session = SignInSupport.signIn(mvc, admin);
    mvc.perform(post("/admin/organisations").param("name", "Forged").cookie(session))
        .andExpect(status().isForbidden());
    assertThat(fixtures.directory().organisations()).noneMatch(o -> o.name().equals("Forged"));
  }

  @Test
  void changesTheSessionIdAtSignIn() throws Exception {
    PersonView admin = fixtures.admin();
    Cookie before =
        SignInSupport.sessionCookie(
            mvc.perform(get("/reset")).andReturn()); // any page that opens a session (CSRF token)
    var result =
        mvc.perform(
                post("/sign-in")
                    .cookie(before)
                    .param("email", admin.email())
                    .param("password", Fixtures.PASSWORD)
                    .with(csrf()))
            .andExpect(redirectedUrl("/"))
            .andReturn();
    Cookie after = SignInSupport.sessionCookie(result);
    assertThat(after.getValue()).isNotEqualTo(before.getValue());
    // the planted session id gives no access
    mvc.perform(get("/").cookie(before)).andExpect(status().is3xxRedirection());
    mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
  }

  @Test
  void sendsSecurityHeadersWithAStrictContentSecurityPolicy() throws Exception {
    mvc.perform(get("/sign-in"))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "same-origin"));
    assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("http");
  }
}
