package app.velocity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.mail.Mailer;
import app.velocity.mail.OutboxEntry;
import app.velocity.organisations.NewPerson;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OneTimeLinksTest {

  private static final Pattern LINK =
      Pattern.compile("http://localhost(/(reset|join)/[A-Za-z0-9_-]+)");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Mailer mailer;
  @Autowired JdbcClient jdbc;

  private String linkMailedTo(String email) {
    OutboxEntry mail = mailer.to(email).get(0);
    Matcher m = LINK.matcher(mail.body());
    assertThat(m.find()).as("a link in %s", mail.body()).isTrue();
    return m.group(1);
  }

  @Test
  void resetsAPasswordByMailedLinkOnce() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    mvc.perform(post("/reset").param("email", exec.email()).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("If " + exec.email())));
    String link = linkMailedTo(exec.email());
    String secret = link.substring(link.lastIndexOf('/') + 1);
    // only a hash of the secret is stored
    assertThat(
            jdbc.sql("select count(*) from one_time_links where token_hash = ?")
                .param(secret)
                .query(Long.class)
                .single())
        .isZero();

    mvc.perform(get(link)).andExpect(status().isOk());
    mvc.perform(
            post(link)
                .param("password", "a brand new secret")
                .param("confirmation", "a brand new secret")
                .with(csrf()))
        .andExpect(redirectedUrl("/sign-in?reset"));
    SignInSupport.signIn(mvc, exec.email(), "a brand new secret");

    // reused
    mvc.perform(
            post(link)
                .param("password", "yet another secret")
                .param("confirmation", "yet another secret")
                .with(csrf()))
        .andExpect(content().string(containsString("already been used")));
    SignInSupport.signIn(mvc, exec.email(), "a brand new secret");
  }

  @Test
  void refusesAnExpiredResetLink() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    mvc.perform(post("/reset").param("email", exec.email()).with(csrf()));
    String link = linkMailedTo(exec.email());
    jdbc.sql("update one_time_links set expires_at = ? where person_id = ?")
        .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(5)))
        .param(exec.id().value())
        .update();
    mvc.perform(get(link)).andExpect(content().string(containsString("expired")));
    mvc.perform(
            post(link)
                .param("password", "a brand new secret")
                .param("confirmation", "a brand new secret")
                .with(csrf()))
        .andExpect(content().string(containsString("expired")));
    SignInSupport.signIn(mvc, exec);
  }

  @Test
  void refusesATamperedLink() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    mvc.perform(post("/reset").param("email", exec.email()).with(csrf()));
    String link = linkMailedTo(exec.email());
    String tampered = link.substring(0, link.length() - 2) + (link.endsWith("AA") ? "BB" : "AA");
    mvc.perform(get(tampered)).andExpect(content().string(containsString("not valid")));
    mvc.perform(
            post(tampered)
                .param("password", "a brand new secret")
                .param("confirmation", "a brand new secret")
                .with(csrf()))
        .andExpect(content().string(containsString("not valid")));
  }

  @Test
  void answersTheSameForAnUnknownAddressAndSendsNothing() throws Exception {
    String nobody = Fixtures.unique("nobody") + "@example.test";
    mvc.perform(post("/reset").param("email", nobody).with(csrf()))
        .andExpect(content().string(containsString("If " + nobody)));
    assertThat(mailer.to(nobody)).isEmpty();
  }

  @Test
  void keepsTheLinkUsableWhenTheNewPasswordIsTooShort() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    mvc.perform(post("/reset").param("email", exec.email()).with(csrf()));
    String link = linkMailedTo(exec.email());
    mvc.perform(post(link).param("password", "short").param("confirmation", "short").with(csrf()))
        .andExpect(content().string(containsString("at least 10")));
    mvc.perform(
            post(link)
                .param("password", "long enough now")
                .param("confirmation", "long enough now")
                .with(csrf()))
        .andExpect(redirectedUrl("/sign-in?reset"));
  }

  @Test
  void anInvitationToJoinLetsAPersonChooseAPasswordAndSignsThemIn() throws Exception {
    PersonView admin = fixtures.admin();
    var org = fixtures.organisation();
    String name = Fixtures.unique("newcomer");
    PersonView newcomer =
        fixtures
            .directory()
            .addPerson(new NewPerson(name, name + "@example.test", Role.EXECUTIVE, org.id(), null));
    Cookie adminSession = SignInSupport.signIn(mvc, admin);
    mvc.perform(
            post("/admin/people/" + newcomer.id() + "/invitation")
                .cookie(adminSession)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    String link = linkMailedTo(newcomer.email());
    assertThat(link).startsWith("/join/");
    var joined =
        mvc.perform(
                post(link)
                    .param("password", "my own password")
                    .param("confirmation", "my own password")
                    .with(csrf()))
            .andExpect(redirectedUrl("/"))
            .andReturn();
    mvc.perform(get("/").cookie(SignInSupport.sessionCookie(joined)))
        .andExpect(content().string(containsString(name)));
    // single use
    mvc.perform(get(link)).andExpect(content().string(containsString("already been used")));
    // expired invitations are refused too (for someone else: the newcomer has a password now,
    // and an invitation to join is only for people without one)
    PersonView other = fixtures.withoutPassword(Role.EXECUTIVE, org);
    mvc.perform(
        post("/admin/people/" + other.id() + "/invitation").cookie(adminSession).with(csrf()));
    String second = linkMailedTo(other.email());
    jdbc.sql("update one_time_links set expires_at = ? where person_id = ? and used_at is null")
        .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(5)))
        .param(other.id().value())
        .update();
    mvc.perform(get(second)).andExpect(content().string(containsString("expired")));
  }
}
