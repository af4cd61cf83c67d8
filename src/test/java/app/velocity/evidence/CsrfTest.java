package app.velocity.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every state-changing form route (generated from the routes, plus sign-in and sign-out, which
 * Spring Security handles) refuses a request without a CSRF token or with a wrong one, from a
 * signed-in person who may otherwise do it, and changes nothing; the same request with the right
 * token is not refused, so the refusal is the token's doing.
 */
@IntegrationTest
class CsrfTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyStateChangingFormRefusesAMissingOrWrongCsrfToken() throws Exception {
    World world = new World(mvc, fixtures);
    DatabaseFingerprint database = new DatabaseFingerprint(jdbc);
    List<String> checked = new ArrayList<>();
    for (Routes.Route route : Routes.of(mappings)) {
      if (!route.changesState() || route.api()) {
        continue;
      }
      Role role =
          route.requiredRole() == null ? Role.FIRM_ADMIN : Role.valueOf(route.requiredRole());
      Cookie session = route.isPublic() ? null : world.sessions.get(role);
      Supplier<AbstractMockHttpServletRequestBuilder<?>> forged =
          () -> plausible(route, world, session);

      String before = database.take();
      assertThat(mvc.perform(forged.get()).andReturn().getResponse().getStatus())
          .as("%s without a CSRF token", route)
          .isEqualTo(403);
      assertThat(
              mvc.perform(forged.get().with(csrf().useInvalidToken()))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .as("%s with a wrong CSRF token", route)
          .isEqualTo(403);
      assertThat(database.take())
          .as("%s refused but changed the database", route)
          .isEqualTo(before);
      // the control: with the right token, someone whose role may use the route gets through
      boolean someoneGetsThrough = false;
      for (Role candidate : Role.values()) {
        Cookie candidateSession = route.isPublic() ? null : world.sessions.get(candidate);
        if (candidateSession == null && !route.isPublic()) {
          continue;
        }
        int status =
            mvc.perform(plausible(route, world, candidateSession).with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        if (status != 403) {
          someoneGetsThrough = true;
          break;
        }
      }
      assertThat(someoneGetsThrough).as("%s with the right token (control)", route).isTrue();
      checked.add(route.toString());
    }
    assertThat(checked)
        .contains("POST /admin/organisations", "POST /account/tokens", "POST /admin/people/{id}");
    System.out.println("CsrfTest: " + checked.size() + " routes " + checked);
  }

  @Test
  void signInAndSignOutRefuseAMissingCsrfToken() throws Exception {
    var person = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    var signIn =
        mvc.perform(
                post("/sign-in")
                    .param("email", person.email())
                    .param("password", Fixtures.PASSWORD))
            .andReturn()
            .getResponse();
    assertThat(signIn.getStatus()).isEqualTo(403);
    Cookie session = World.freshSession(mvc, person);
    assertThat(mvc.perform(post("/sign-out").cookie(session)).andReturn().getResponse().getStatus())
        .isEqualTo(403);
    // still signed in: the forged sign-out did nothing
    assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getStatus())
        .isEqualTo(200);
  }

  /** The request a signed-in person might really send, with valid-looking values. */
  private static AbstractMockHttpServletRequestBuilder<?> plausible(
      Routes.Route route, World world, Cookie session) {
    String path =
        route.path(
            v ->
                route.pattern().contains("/organisations/{")
                    ? world.victimOrganisation.id().value().toString()
                    : route.pattern().contains("/people/{")
                        ? world.victim.id().value().toString()
                        : "0123456789abcdef");
    AbstractMockHttpServletRequestBuilder<?> request;
    if (route.multipart()) {
      var upload = multipart(route.method(), URI.create(path));
      upload.file(
          new MockMultipartFile(
              "file",
              "people.csv",
              "text/csv",
              ("name,email,role,title\nForged,"
                      + Fixtures.unique("forged")
                      + "@example.test,executive,x\n")
                  .getBytes(StandardCharsets.UTF_8)));
      request = upload;
    } else {
      request = request(route.method(), URI.create(path));
    }
    for (Routes.Field field : route.params()) {
      if (field.type() == MultipartFile.class) {
        continue;
      }
      request.param(
          field.name(),
          switch (field.name()) {
            case "email" -> Fixtures.unique("forged") + "@example.test";
            case "role" -> "executive";
            case "active" -> "false";
            case "coach" -> world.people.get(Role.COACH).id().value().toString();
            case "password", "confirmation" -> "a forged but long password 42";
            default -> "Forged " + Fixtures.unique(field.name());
          });
    }
    if (session != null) {
      request.cookie(session);
    }
    return request;
  }
}
