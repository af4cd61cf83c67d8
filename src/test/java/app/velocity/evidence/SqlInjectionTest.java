package app.velocity.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.organisations.Role;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * SQL injection attempts on sign-in (form and HTTP Basic), on bearer tokens, on every search or
 * filter parameter of a page (generated from the routes: every GET parameter), and stored values
 * that look like SQL, which must come back as the very text that was typed.
 */
@IntegrationTest
class SqlInjectionTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void signInWithSqlInEmailOrPasswordIsRefused() throws Exception {
    var admin = fixtures.admin();
    for (String attack : Hostile.SQL) {
      for (String[] pair :
          new String[][] {
            {attack, attack}, {admin.email(), attack}, {admin.email() + attack, "x"}
          }) {
        var response =
            mvc.perform(
                    post("/sign-in")
                        .param("email", pair[0])
                        .param("password", pair[1])
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl())
            .as("sign-in with %s / %s", pair[0], pair[1])
            .matches("/sign-in\\?(error|wait=\\d+)");
      }
      var basic =
          mvc.perform(
                  post("/api/v1/tokens")
                      .header(
                          "Authorization",
                          "Basic "
                              + Base64.getEncoder()
                                  .encodeToString(
                                      (attack + ":" + attack).getBytes(StandardCharsets.UTF_8)))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"name\":\"x\"}"))
              .andReturn()
              .getResponse();
      assertThat(basic.getStatus()).as("token with Basic %s", attack).isEqualTo(401);
      var bearer =
          mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + attack))
              .andReturn()
              .getResponse();
      assertThat(bearer.getStatus()).as("bearer %s", attack).isEqualTo(401);
    }
    // the attempts on the admin's e-mail are failed sign-ins, counted towards throttling (under
    // the SHA-256 of the throttle's key for the account): no more
    assertThat(
            jdbc.sql("select hits from throttles where key_hash = ?")
                .param(sha256("sign-in:" + admin.email()))
                .query(Integer.class)
                .single())
        .isLessThanOrEqualTo(Hostile.SQL.size());
  }

  @Test
  void everySearchOrFilterParameterTakesSqlAsPlainText() throws Exception {
    World world = new World(mvc, fixtures);
    DatabaseFingerprint database = new DatabaseFingerprint(jdbc);
    int requests = 0;
    for (Routes.Route route : Routes.of(mappings)) {
      if (route.method() != HttpMethod.GET || route.params().isEmpty()) {
        continue;
      }
      for (String attack : Hostile.SQL) {
        for (Role role : Role.values()) {
          var request = get(route.path(v -> world.victimOrganisation.id().value().toString()));
          route.params().forEach(p -> request.param(p.name(), attack));
          if (route.api()) {
            request.header("Authorization", "Bearer " + world.tokens.get(role));
          } else {
            request.cookie(world.sessions.get(role));
          }
          String before = database.take();
          var response = mvc.perform(request).andReturn().getResponse();
          requests++;
          assertThat(response.getStatus()).as("%s with %s", route, attack).isLessThan(500);
          assertThat(Leaks.in(response.getContentAsString(StandardCharsets.UTF_8)))
              .as("%s with %s", route, attack)
              .isNull();
          assertThat(database.take()).as("%s with %s", route, attack).isEqualTo(before);
        }
      }
    }
    assertThat(requests).isPositive();
  }

  @Test
  void namesThatLookLikeSqlAreStoredAsTyped() throws Exception {
    World world = new World(mvc, fixtures);
    long people = jdbc.sql("select count(*) from people").query(Long.class).single();
    for (String attack : Hostile.SQL) {
      String name = attack + " " + Fixtures.unique("n");
      var created =
          mvc.perform(
                  post("/api/v1/organisations")
                      .header("Authorization", "Bearer " + world.tokens.get(Role.FIRM_ADMIN))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"name\":" + Hostile.quote(name) + "}"))
              .andReturn()
              .getResponse();
      assertThat(created.getStatus()).isEqualTo(201);
      assertThat(
              jdbc.sql("select count(*) from organisations where name = ?")
                  .param(name)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
    // nothing was dropped, deleted or truncated
    assertThat(jdbc.sql("select count(*) from people").query(Long.class).single())
        .isEqualTo(people);
    assertThat(jdbc.sql("select count(*) from api_tokens").query(Long.class).single()).isPositive();
  }

  private static String sha256(String text) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
