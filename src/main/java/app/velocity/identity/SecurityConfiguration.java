package app.velocity.identity;

import app.velocity.organisations.Directory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The security rules every request passes. The API authenticates with personal access tokens (and
 * HTTP Basic only to create one) and keeps no session; the web pages sign in with a form, keep the
 * session in the database and are protected against CSRF. Pages need a session: a bearer token is
 * not read on them, so a leaked token opens the API only, never the pages (where passwords, links
 * and forms are). The operations endpoints (metrics) take either, for scrapers.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

  /**
   * No inline scripts or styles anywhere, nothing from other hosts. Swagger UI alone needs inline
   * styles.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  static final String SWAGGER_CONTENT_SECURITY_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  static final String[] ALWAYS_PUBLIC = {
    "/sign-in",
    "/sign-in/**",
    "/setup",
    "/reset",
    "/reset/**",
    "/join/**",
    "/css/**",
    "/js/**",
    "/img/**",
    "/webjars/**",
    "/favicon.ico",
    "/error",
    "/about"
  };

  @Bean
  PasswordEncoder passwordEncoder() {
    // Argon2id (memory-hard) for new hashes; the delegating form keeps old hashes readable.
    // At most 4 hashes at once (4 x 16 MB), whatever the number of simultaneous sign-ins.
    String id = "argon2";
    return new BoundedPasswordEncoder(
        new DelegatingPasswordEncoder(
            id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8())),
        4);
  }

  @Bean
  AuthenticationManager authenticationManager(
      AccountDetailsService accounts,
      PasswordEncoder encoder,
      SignInThrottle throttle,
      RecoveryHolds holds,
      ApplicationEventPublisher events) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
    provider.setPasswordEncoder(encoder);
    // A deactivated account is told apart only after its password was checked, like any other,
    // so that neither the answer nor its timing says that it exists.
    provider.setPreAuthenticationChecks(user -> {});
    provider.setPostAuthenticationChecks(
        user -> {
          if (!user.isEnabled()) {
            throw new DisabledException("deactivated");
          }
        });
    ProviderManager manager =
        new ProviderManager(new ThrottledAuthentication(provider, throttle, holds));
    manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
    return manager;
  }

  /**
   * No observation (timer, trace) around every security filter, the authentication and the
   * authorisation of each request: they cost a fifth of an answer save's CPU. Each request is still
   * timed as a whole ({@code http.server.requests} on /actuator/prometheus).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  ProblemEntryPoint problemEntryPoint() {
    return new ProblemEntryPoint();
  }

  /** Creating a token is the one API call that takes an e-mail and password. */
  @Bean
  @Order(1)
  SecurityFilterChain tokenCreation(
      HttpSecurity http, AuthenticationManager manager, ProblemEntryPoint problems)
      throws Exception {
    http.securityMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
        .authenticationManager(manager)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(
      HttpSecurity http,
      ApiTokens tokens,
      ProblemEntryPoint problems,
      ObjectProvider<PublicPaths> open)
      throws Exception {
    List<String> publicApi =
        new ArrayList<>(
            List.of(
                "/api/v1/openapi",
                "/api/v1/openapi/**",
                "/api/v1/docs",
                "/api/v1/docs/**",
                "/api/v1/swagger-ui/**"));
    open.orderedStream()
        .flatMap(p -> p.patterns().stream())
        .filter(p -> p.startsWith("/api/"))
        .forEach(publicApi::add);
    // Token-authenticated and stateless: no cookies are read, so there is nothing to forge.
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(publicApi.toArray(String[]::new))
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .requestCache(r -> r.disable())
        // Nothing to sign out of, and no controller asks the servlet request for its user: two
        // filters fewer on every call.
        .logout(l -> l.disable())
        .servletApi(s -> s.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                    .addHeaderWriter(SecurityConfiguration::swaggerPolicy));
    return http.build();
  }

  /** Swagger UI draws with inline styles; only its own pages get that exception. */
  private static void swaggerPolicy(
      jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    String uri = request.getRequestURI();
    if (uri.startsWith("/api/v1/swagger-ui") || uri.startsWith("/api/v1/docs")) {
      response.setHeader("Content-Security-Policy", SWAGGER_CONTENT_SECURITY_POLICY);
    }
  }

  /**
   * The operations endpoints: health is open; metrics need a firm admin, signed in (a session) or
   * with a token (a scraper). Only GET endpoints are exposed, so the bearer token here forges
   * nothing.
   */
  @Bean
  @Order(3)
  SecurityFilterChain operations(
      HttpSecurity http,
      ApiTokens tokens,
      ProblemEntryPoint problems,
      Directory directory,
      SecurityContextRepository contexts)
      throws Exception {
    http.securityMatcher(EndpointRequest.toAnyEndpoint())
        .securityContext(s -> s.securityContextRepository(contexts))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(EndpointRequest.to("health"))
                    .permitAll()
                    .anyRequest()
                    .hasRole("FIRM_ADMIN"))
        .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
        .addFilterAfter(new ActiveAccountFilter(directory), SecurityContextHolderFilter.class)
        .requestCache(r -> r.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .headers(SecurityConfiguration::pageHeaders);
    return http.build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain web(
      HttpSecurity http,
      AuthenticationManager manager,
      FirstRun firstRun,
      Directory directory,
      SecurityContextRepository contexts,
      ObjectProvider<PublicPaths> open)
      throws Exception {
    List<String> publicPages = new ArrayList<>(List.of(ALWAYS_PUBLIC));
    open.orderedStream().flatMap(p -> p.patterns().stream()).forEach(publicPages::add);
    http.authenticationManager(manager)
        .securityContext(s -> s.securityContextRepository(contexts))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(publicPages.toArray(String[]::new))
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole("FIRM_ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/sign-in")
                    .loginProcessingUrl("/sign-in")
                    .usernameParameter("email")
                    .passwordParameter("password")
                    .successHandler(signInSuccess())
                    .failureHandler(signInFailure())
                    .permitAll())
        .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
        .addFilterBefore(new FirstRunFilter(firstRun), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new ActiveAccountFilter(directory), SecurityContextHolderFilter.class)
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .headers(SecurityConfiguration::pageHeaders);
    return http.build();
  }

  private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
        .frameOptions(f -> f.deny())
        .addHeaderWriter(
            (request, response) ->
                response.setHeader(
                    "Permissions-Policy", "camera=(), microphone=(), geolocation=()"));
  }

  /** Marks the new session as the person's, so that a password change can end it. */
  private static AuthenticationSuccessHandler signInSuccess() {
    SavedRequestAwareAuthenticationSuccessHandler target =
        new SavedRequestAwareAuthenticationSuccessHandler();
    target.setDefaultTargetUrl("/");
    return (request, response, authentication) -> {
      if (authentication.getPrincipal() instanceof AccountDetails details) {
        PersonSessions.index(request.getSession(), details.user().id());
      }
      target.onAuthenticationSuccess(request, response, authentication);
    };
  }

  private static AuthenticationFailureHandler signInFailure() {
    return (request, response, exception) -> {
      String email = request.getParameter("email");
      if (email != null && email.length() <= 320 && !DatabaseAway.causedBy(exception)) {
        // (the session lives in the database too: when that is away, keeping the address fails)
        request.getSession().setAttribute(SignInController.LAST_EMAIL, email);
      }
      String reason =
          exception instanceof SignInThrottled throttled
              ? "wait=" + throttled.retryAfterSeconds()
              : DatabaseAway.causedBy(exception) ? "away" : "error";
      response.sendRedirect(request.getContextPath() + "/sign-in?" + reason);
    };
  }
}
