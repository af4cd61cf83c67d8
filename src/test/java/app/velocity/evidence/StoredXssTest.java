package app.velocity.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.identity.Accounts;
import app.velocity.organisations.NewPerson;
import app.velocity.organisations.OrganisationId;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Stored cross-site scripting: people, organisations, coaches and tokens are created with script in
 * their names through the forms and the API; then every page (generated from the routes, with the
 * ids of what was created) is read as every role, and each must render the text escaped and carry
 * the strict Content-Security-Policy, as must every other HTML answer, error pages included.
 */
@IntegrationTest
class StoredXssTest {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyPageShowsHostileNamesEscapedUnderAStrictContentSecurityPolicy() throws Exception {
    World world = new World(mvc, fixtures);
    Cookie admin = world.sessions.get(Role.FIRM_ADMIN);
    String adminToken = "Bearer " + world.tokens.get(Role.FIRM_ADMIN);
    List<String> organisations = new ArrayList<>(List.of(world.home.id().value().toString()));
    List<String> people = new ArrayList<>();

    // through the forms
    String formOrg =
        idFrom(
            mvc.perform(
                    post("/admin/organisations")
                        .param("name", SCRIPT + " Ltd")
                        .cookie(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    organisations.add(formOrg);
    String formPerson =
        redirectId(
            mvc.perform(
                    post("/admin/organisations/" + formOrg + "/people")
                        .param("name", SCRIPT)
                        .param("email", Fixtures.unique("xss") + "@example.test")
                        .param("role", "executive")
                        .param("title", IMG)
                        .cookie(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse(),
            formOrg,
            SCRIPT);
    people.add(formPerson);
    String coach =
        idFrom(
            mvc.perform(
                    post("/admin/coaches")
                        .param("name", IMG + " coach")
                        .param("email", Fixtures.unique("xss-coach") + "@example.test")
                        .param("role", "coach")
                        .cookie(admin)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
    people.add(coach);
    mvc.perform(post("/admin/people/" + formPerson + "/invitation").cookie(admin).with(csrf()));

    // through the API
    String apiOrg =
        json(
            mvc.perform(
                    post("/api/v1/organisations")
                        .header("Authorization", adminToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":" + Hostile.quote(IMG + " Org") + "}"))
                .andReturn()
                .getResponse());
    organisations.add(apiOrg);
    people.add(
        json(
            mvc.perform(
                    post("/api/v1/organisations/" + apiOrg + "/people")
                        .header("Authorization", adminToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            "{\"name\":"
                                + Hostile.quote(SCRIPT + " api")
                                + ",\"email\":\""
                                + Fixtures.unique("xss-api")
                                + "@example.test\",\"role\":\"colleague\",\"title\":"
                                + Hostile.quote(SCRIPT)
                                + "}"))
                .andReturn()
                .getResponse()));

    // a hostile-named executive who signs in, coached by the world's coach, with a hostile token
    PersonView hostile =
        fixtures
            .directory()
            .addPerson(
                new NewPerson(
                    SCRIPT + " Exec",
                    Fixtures.unique("xss-exec") + "@example.test",
                    Role.EXECUTIVE,
                    world.home.id(),
                    IMG));
    accounts.setPassword(hostile.id(), Fixtures.PASSWORD);
    fixtures.directory().assignCoach(hostile.id(), world.people.get(Role.COACH).id());
    fixtures
        .directory()
        .assignCoach(
            new app.velocity.organisations.PersonId(UUID.fromString(formPerson)),
            world.people.get(Role.COACH).id());
    people.add(hostile.id().value().toString());
    Cookie hostileSession = SignInSupport.signIn(mvc, hostile);
    mvc.perform(post("/account/tokens").param("name", SCRIPT).cookie(hostileSession).with(csrf()));
    assertThat(new OrganisationId(UUID.fromString(apiOrg))).isNotNull();
    List<String> outbox = jdbc.sql("select id::text from outbox").query(String.class).list();

    Map<String, Cookie> sessions = new LinkedHashMap<>();
    world.sessions.forEach((role, cookie) -> sessions.put(role.name(), cookie));
    sessions.put("hostile executive", hostileSession);
    sessions.put("anonymous", null);

    int htmlAnswers = 0;
    List<String> pagesShowingEscapedScript = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Routes.Route route : Routes.of(mappings)) {
      if (route.method() != HttpMethod.GET) {
        continue;
      }
      for (String path : paths(route, organisations, people, outbox)) {
        for (var session : sessions.entrySet()) {
          var request = get(path);
          if (session.getValue() != null) {
            request.cookie(session.getValue());
          }
          MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
          String type = String.valueOf(response.getContentType());
          String who =
              "GET " + path + " as " + session.getKey() + " (" + response.getStatus() + ")";
          if (!type.startsWith("text/html")) {
            continue;
          }
          htmlAnswers++;
          String body = response.getContentAsString(StandardCharsets.UTF_8);
          if (body.contains(SCRIPT) || body.contains("<img src=x onerror")) {
            failures.add("unescaped script in " + who);
          }
          if (body.contains("&lt;script&gt;alert(1)&lt;/script&gt;")) {
            pagesShowingEscapedScript.add(route.pattern() + " as " + session.getKey());
          }
          String policy = response.getHeader("Content-Security-Policy");
          if (policy == null
              || !policy.contains("script-src 'self'")
              || policy.matches(".*script-src[^;]*unsafe-inline.*")
              || !policy.contains("object-src 'none'")) {
            failures.add("weak or missing Content-Security-Policy " + policy + " on " + who);
          }
        }
      }
    }
    // error pages are HTML answers too
    for (String path :
        List.of(
            "/no-such-page",
            "/admin/organisations/" + UUID.randomUUID(),
            "/admin/people/not-a-uuid")) {
      MockHttpServletResponse response =
          mvc.perform(get(path).cookie(admin)).andReturn().getResponse();
      assertThat(response.getHeader("Content-Security-Policy"))
          .as(path)
          .contains("script-src 'self'");
    }
    System.out.printf(
        "StoredXssTest: %d HTML answers checked; escaped script shown on %s%n",
        htmlAnswers, pagesShowingEscapedScript);
    assertThat(failures).isEmpty();
    // the hostile text really was on the pages that show it, escaped
    assertThat(pagesShowingEscapedScript)
        .anyMatch(p -> p.startsWith("/admin/organisations as"))
        .anyMatch(p -> p.startsWith("/admin/organisations/{id} as"))
        .anyMatch(p -> p.startsWith("/admin/people/{id} as"))
        .anyMatch(p -> p.startsWith("/clients as"))
        .anyMatch(p -> p.startsWith("/account/tokens as"))
        .anyMatch(p -> p.equals("/ as hostile executive"));
  }

  /** Each GET route with its variables filled by the ids of what was created. */
  private static List<String> paths(
      Routes.Route route, List<String> organisations, List<String> people, List<String> outbox) {
    if (route.pathVariables().isEmpty()) {
      return List.of(route.pattern());
    }
    List<String> ids;
    String p = route.pattern();
    if (p.contains("/organisations/{")) {
      ids = organisations;
    } else if (p.contains("/people/{")) {
      ids = people;
    } else if (p.contains("/outbox/{")) {
      ids = outbox;
    } else {
      ids = List.of(UUID.randomUUID().toString());
    }
    return ids.stream().map(id -> route.path(v -> id)).toList();
  }

  private static String idFrom(String location) {
    assertThat(location).as("redirect to the new object's page").isNotNull();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private String redirectId(MockHttpServletResponse response, String organisation, String name) {
    assertThat(response.getStatus()).isEqualTo(302);
    return jdbc.sql("select id::text from people where organisation_id = ?::uuid and name = ?")
        .param(organisation)
        .param(name)
        .query(String.class)
        .single();
  }

  private static String json(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).isEqualTo(201);
    Matcher m = ID.matcher(response.getContentAsString());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
