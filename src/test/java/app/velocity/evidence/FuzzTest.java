package app.velocity.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.organisations.Role;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * Sends malformed, oversized and hostile values to every form and API endpoint, generated from the
 * application's own list of routes (so new endpoints are fuzzed the day they are added), signed in
 * as the role each route is for (or every role in turn), with a CSRF token on forms and a bearer
 * token on the API. For every answer: no 5xx, no stack trace, Java class name or SQL in the body,
 * and when the input was rejected, not a single row in the database changed. Seeded: the same cases
 * every run.
 */
@IntegrationTest
class FuzzTest {

  static final long SEED = 20261127L;
  static final int CASES = 10_000;

  /** Routes that check a password cost an Argon2 hash per request; they get fewer cases. */
  static final int PASSWORD_ROUTE_CASES = 30;

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void noEndpointAnswersHostileInputWithAServerErrorALeakOrAChange() throws Exception {
    World world = new World(mvc, fixtures);
    DatabaseFingerprint database = new DatabaseFingerprint(jdbc);
    Hostile hostile = new Hostile(SEED);
    List<Routes.Route> routes = new ArrayList<>(Routes.of(mappings));
    // the sign-in form is handled by Spring Security's filter, not by a controller
    routes.add(
        new Routes.Route(
            HttpMethod.POST,
            "/sign-in",
            List.of(),
            List.of(
                new Routes.Field("email", String.class),
                new Routes.Field("password", String.class)),
            List.of(),
            false,
            false,
            null));
    assertThat(routes)
        .extracting(Routes.Route::pattern)
        .contains("/admin/organisations/{id}/people", "/api/v1/tokens");

    Map<String, Integer> perRoute = new TreeMap<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (int round = 0; cases < CASES; round++) {
      for (Routes.Route route : routes) {
        if (checksPassword(route) && round >= PASSWORD_ROUTE_CASES) {
          continue;
        }
        Role role = role(route, round);
        Case c = build(route, role, world, hostile);
        String before = route.changesState() ? database.take() : null;
        String what0 =
            route + " as " + (role == null ? "anonymous" : role) + " with " + c.description();
        MockHttpServletResponse response;
        try {
          response = mvc.perform(c.request()).andReturn().getResponse();
        } catch (Exception e) {
          // an exception escaping the dispatcher is a 500 on a real server
          cases++;
          failures.add("500 (" + rootCause(e) + ") for " + what0);
          continue;
        }
        cases++;
        perRoute.merge(route.toString(), 1, Integer::sum);
        statuses.merge(response.getStatus(), 1, Integer::sum);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        String what =
            route + " as " + (role == null ? "anonymous" : role) + " with " + c.description();
        if (response.getStatus() >= 500) {
          failures.add(response.getStatus() + " for " + what);
        }
        String leak = Leaks.in(body);
        if (leak != null) {
          failures.add("answer shows '" + leak + "' for " + what);
        }
        if (before != null && rejected(response, body)) {
          String after = database.take();
          if (!before.equals(after)) {
            failures.add(
                "rejected ("
                    + response.getStatus()
                    + ") but changed the database: "
                    + what
                    + "\n  before "
                    + before
                    + "\n  after  "
                    + after);
          }
        }
        if (failures.size() > 30) {
          break;
        }
      }
      if (failures.size() > 30) {
        break;
      }
    }
    System.out.printf(
        "FuzzTest: %d cases over %d routes; statuses %s%n", cases, perRoute.size(), statuses);
    perRoute.forEach((route, n) -> System.out.printf("  %5d  %s%n", n, route));
    assertThat(failures).as("hostile input handled badly").isEmpty();
    assertThat(cases).isGreaterThanOrEqualTo(CASES);
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName()
        + ": "
        + String.valueOf(t.getMessage()).lines().findFirst().orElse("");
  }

  private static boolean checksPassword(Routes.Route route) {
    return route.method() == HttpMethod.POST
        && (route.pattern().equals("/sign-in") || route.pattern().equals("/api/v1/tokens"));
  }

  /** The role a route is for, or every role in turn; nobody for the public pages. */
  private static Role role(Routes.Route route, int round) {
    if (route.requiredRole() != null) {
      return Role.valueOf(route.requiredRole());
    }
    if (route.isPublic() || route.pattern().equals("/sign-in")) {
      return null;
    }
    return Role.values()[round % Role.values().length];
  }

  /** A 4xx, or a form that came back with its error message: the input was refused. */
  private static boolean rejected(MockHttpServletResponse response, String body) {
    return (response.getStatus() >= 400 && response.getStatus() < 500)
        || body.contains("id=\"form-error\"")
        || body.contains("id=\"import-problems\"");
  }

  record Case(AbstractMockHttpServletRequestBuilder<?> request, String description) {}

  private Case build(Routes.Route route, Role role, World world, Hostile hostile) {
    StringBuilder description = new StringBuilder();
    String path =
        route.path(
            variable -> {
              String value = pathValue(route, variable, world, hostile);
              description.append(variable).append('=').append(abbreviate(value)).append(' ');
              return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
            });
    URI uri = URI.create(path);
    AbstractMockHttpServletRequestBuilder<?> request;
    if (route.multipart()) {
      var upload = multipart(route.method(), uri);
      for (Routes.Field field : route.params()) {
        if (field.type() == org.springframework.web.multipart.MultipartFile.class) {
          byte[] content = csv(hostile).getBytes(StandardCharsets.UTF_8);
          upload.file(new MockMultipartFile(field.name(), "people.csv", "text/csv", content));
          description
              .append(field.name())
              .append("=<csv ")
              .append(content.length)
              .append(" bytes> ");
        }
      }
      request = upload;
    } else {
      request = request(route.method(), uri);
    }
    for (Routes.Field field : route.params()) {
      if (field.type() == org.springframework.web.multipart.MultipartFile.class
          || hostile.random().nextInt(10) == 0) {
        continue; // sometimes a parameter is missing altogether
      }
      String value = hostile.value();
      request.param(field.name(), value);
      description.append(field.name()).append('=').append(abbreviate(value)).append(' ');
    }
    if (route.method() == HttpMethod.GET && hostile.random().nextInt(4) == 0) {
      request.param(hostile.randomAscii(5), hostile.value());
    }
    if (route.json()) {
      String body = hostile.jsonBody(route.jsonFields());
      String type =
          hostile.random().nextInt(10) == 0
              ? hostile.pick(
                  List.of("text/plain", "application/xml", "application/x-www-form-urlencoded"))
              : "application/json";
      request.contentType(type).content(body);
      description.append("body(").append(type).append(")=").append(abbreviate(body));
    }
    if (route.api()) {
      if (checksPassword(route)) {
        var person = world.people.get(role == null ? Role.EXECUTIVE : role);
        request.header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (person.email() + ":" + Fixtures.PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)));
      } else if (!route.isPublic()) {
        request.header(
            "Authorization", "Bearer " + world.tokens.get(role == null ? Role.EXECUTIVE : role));
      }
    } else {
      if (role != null) {
        request.cookie(world.sessions.get(role));
      }
      if (route.changesState()) {
        request.with(csrf());
      }
    }
    return new Case(request, description.toString());
  }

  /** Half the time a real id of the victim (so the handler really runs), otherwise anything. */
  private static String pathValue(
      Routes.Route route, String variable, World world, Hostile hostile) {
    if (hostile.random().nextBoolean()) {
      String p = route.pattern();
      if (p.contains("/organisations/{")) {
        return world.victimOrganisation.id().value().toString();
      }
      if (p.contains("/people/{")) {
        return world.victim.id().value().toString();
      }
      return UUID.randomUUID().toString();
    }
    String value = hostile.random().nextBoolean() ? hostile.pick(Hostile.IDS) : hostile.value();
    return value.length() > 500 ? value.substring(0, 500) : value;
  }

  /** A CSV upload: the right header with hostile lines, or anything at all. */
  private static String csv(Hostile hostile) {
    return switch (hostile.random().nextInt(4)) {
      case 0 -> hostile.value();
      case 1 -> "name,email,role,title\n\"unterminated,x@y.z,executive,t\n";
      default -> {
        StringBuilder s = new StringBuilder("name,email,role,title\n");
        int lines = 1 + hostile.random().nextInt(5);
        for (int i = 0; i < lines; i++) {
          s.append(csvField(hostile.value()))
              .append(',')
              .append(csvField(hostile.value()))
              .append(',')
              .append(csvField(hostile.value()))
              .append(',')
              .append(csvField(hostile.value()))
              .append('\n');
        }
        yield s.toString();
      }
    };
  }

  private static String csvField(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static String abbreviate(String value) {
    String shown =
        value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + " chars)" : value;
    return shown.replace("\n", "\\n").replace("\r", "\\r");
  }
}
