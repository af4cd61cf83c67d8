package app.velocity.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.organisations.Role;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Passwords, API tokens and the secrets of reset and join links never reach the log: everything
 * logged while signing in (right and wrong password), creating and using tokens (form and API),
 * resetting a password and joining by invitation is captured, at production levels (root INFO) and
 * with Velocity's own loggers at TRACE, and searched for every secret involved.
 */
@IntegrationTest
class SecretsNotLoggedTest {

  static final Pattern TOKEN_ON_PAGE = Pattern.compile("(vel_[A-Za-z0-9_-]+)");
  static final Pattern TOKEN_IN_JSON = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Logger velocity = (Logger) LoggerFactory.getLogger("app.velocity");
  private Level rootLevel;
  private Level velocityLevel;

  @BeforeEach
  void capture() {
    rootLevel = root.getLevel();
    velocityLevel = velocity.getLevel();
    root.setLevel(Level.INFO);
    velocity.setLevel(Level.TRACE);
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void release() {
    root.detachAppender(captured);
    root.setLevel(rootLevel);
    velocity.setLevel(velocityLevel);
  }

  @Test
  void noPasswordTokenOrLinkSecretIsLogged() throws Exception {
    List<String> secrets = new ArrayList<>(List.of(Fixtures.PASSWORD));
    var organisation = fixtures.organisation();
    var admin = fixtures.admin();
    var executive = fixtures.person(Role.EXECUTIVE, organisation);

    // sign-in, right and wrong password
    Cookie session = SignInSupport.signIn(mvc, executive);
    String wrong = "wrong-password-" + Fixtures.unique("p");
    secrets.add(wrong);
    mvc.perform(
        post("/sign-in").param("email", executive.email()).param("password", wrong).with(csrf()));

    // tokens through the form and the API, and using one
    String page =
        mvc.perform(post("/account/tokens").param("name", "logged?").cookie(session).with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    secrets.add(find(TOKEN_ON_PAGE, page));
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (executive.email() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
    secrets.add(basic);
    String json =
        mvc.perform(
                post("/api/v1/tokens")
                    .header("Authorization", "Basic " + basic)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"api\"}"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String token = find(TOKEN_IN_JSON, json);
    secrets.add(token);
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token));
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token + "x")); // a wrong one

    // password reset by e-mailed link
    mvc.perform(post("/reset").param("email", executive.email()).with(csrf()));
    String reset = linkSecret(executive.email(), "/reset/");
    secrets.add(reset);
    String newPassword = "a brand new password " + Fixtures.unique("p");
    secrets.add(newPassword);
    mvc.perform(get("/reset/" + reset));
    mvc.perform(
        post("/reset/" + reset)
            .param("password", newPassword)
            .param("confirmation", newPassword)
            .with(csrf()));

    // invitation to join
    var invited =
        fixtures
            .directory()
            .addPerson(
                new app.velocity.organisations.NewPerson(
                    "Invited",
                    Fixtures.unique("inv") + "@example.test",
                    Role.COLLEAGUE,
                    organisation.id(),
                    null));
    Cookie adminSession = SignInSupport.signIn(mvc, admin);
    mvc.perform(
        post("/admin/people/" + invited.id() + "/invitation").cookie(adminSession).with(csrf()));
    String join = linkSecret(invited.email(), "/join/");
    secrets.add(join);
    String joinPassword = "my joining password " + Fixtures.unique("p");
    secrets.add(joinPassword);
    mvc.perform(get("/join/" + join));
    mvc.perform(
        post("/join/" + join)
            .param("password", joinPassword)
            .param("confirmation", joinPassword)
            .with(csrf()));
    assertThat(
            jdbc.sql("select count(*) from credentials where person_id = ?")
                .param(invited.id().value())
                .query(Long.class)
                .single())
        .as("the join link worked, so its secret went through the whole flow")
        .isEqualTo(1);

    LoggerFactory.getLogger(SecretsNotLoggedTest.class).info("capture works");
    assertThat(captured.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .contains("capture works");
    for (ILoggingEvent event : captured.list) {
      String text = render(event);
      for (String secret : secrets) {
        assertThat(text).as("log line of %s", event.getLoggerName()).doesNotContain(secret);
      }
    }
  }

  private String linkSecret(String email, String prefix) {
    String body =
        jdbc.sql("select body from outbox where to_address = ? order by created_at desc")
            .param(email)
            .query(String.class)
            .list()
            .get(0);
    return find(Pattern.compile(Pattern.quote(prefix) + "([A-Za-z0-9_-]+)"), body);
  }

  private static String find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find())
        .as("%s in %s", pattern, text.length() > 300 ? text.substring(0, 300) : text)
        .isTrue();
    return m.group(1);
  }

  private static String render(ILoggingEvent event) {
    StringBuilder s = new StringBuilder(event.getFormattedMessage());
    event.getMDCPropertyMap().forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      s.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
    }
    return s.toString();
  }
}
