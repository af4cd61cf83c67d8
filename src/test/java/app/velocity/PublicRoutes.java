package app.velocity;

import java.util.Set;

/**
 * The routes meant for people who are not signed in, written down once for every security suite
 * (RouteProtectionTest, the fuzz and access suites). Kept apart from the application's own list on
 * purpose: a route made public by mistake in the code must fail these tests.
 */
public final class PublicRoutes {

  public static final Set<String> PATTERNS =
      Set.of(
          "/sign-in",
          "/sign-in/link",
          "/sign-in/link/{secret}",
          "/setup",
          "/reset",
          "/reset/{secret}",
          "/join/{secret}",
          "/invitation/{secret}",
          "/survey/{token}",
          "/survey/thanks",
          "/api/v1/survey/{token}",
          "/error",
          "/about",
          "/api/v1/openapi",
          "/api/v1/openapi/swagger-config",
          "/api/v1/openapi.yaml",
          "/api/v1/docs");

  private PublicRoutes() {}
}
