package app.velocity.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Generated from the application's own list of routes, so that a new endpoint cannot be left open
 * by accident: every route that is not deliberately public refuses anonymous callers, and every
 * admin route refuses people who are not firm admins.
 */
@IntegrationTest
class RouteProtectionTest {

  /** Routes meant for people who are not signed in. */
  private static final Set<String> PUBLIC = app.velocity.PublicRoutes.PATTERNS;

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  record Route(HttpMethod method, String pattern) {
    String concrete() {
      return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
  }

  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (!handler.getBeanType().getPackageName().startsWith("app.velocity")) {
                return;
              }
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                  routes.add(new Route(HttpMethod.GET, pattern));
                }
                methods.forEach(m -> routes.add(new Route(HttpMethod.valueOf(m.name()), pattern)));
              }
            });
    return routes;
  }

  @Test
  void findsTheRoutesOfEveryModule() {
    assertThat(routes())
        .extracting(Route::pattern)
        .contains("/admin/organisations", "/api/v1/tokens", "/sign-in", "/");
  }

  @Test
  void everyRouteThatIsNotPublicRefusesAnonymousCallers() throws Exception {
    for (Route route : routes()) {
      if (PUBLIC.contains(route.pattern())) {
        continue;
      }
      var response =
          mvc.perform(request(route.method(), route.concrete())).andReturn().getResponse();
      if (route.pattern().startsWith("/api/")) {
        assertThat(response.getStatus())
            .as("%s %s", route.method(), route.pattern())
            .isEqualTo(401);
      } else if (route.method() == HttpMethod.GET) {
        assertThat(response.getStatus())
            .as("%s %s", route.method(), route.pattern())
            .isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/sign-in");
      } else {
        // no CSRF token and no session: refused before anything runs
        assertThat(response.getStatus())
            .as("%s %s", route.method(), route.pattern())
            .isEqualTo(403);
      }
    }
  }

  @Test
  void everyAdminRouteRefusesEveryOtherRole() throws Exception {
    var organisation = fixtures.organisation();
    for (Role role : List.of(Role.COACH, Role.EXECUTIVE, Role.COLLEAGUE, Role.SPONSOR)) {
      Cookie session = SignInSupport.signIn(mvc, fixtures.person(role, organisation));
      for (Route route : routes()) {
        if (!route.pattern().startsWith("/admin/")) {
          continue;
        }
        var response =
            mvc.perform(request(route.method(), route.concrete()).cookie(session).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus())
            .as("%s %s %s", role, route.method(), route.pattern())
            .isEqualTo(403);
      }
    }
  }
}
