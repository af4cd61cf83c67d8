package app.velocity.shell;

import app.velocity.identity.DatabaseAway;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last line for "the database is away": a failure that escapes every filter and the servlet,
 * such as the session lookup failing before any page is chosen. Spring's own error page cannot help
 * then, since it needs the same session. This filter runs before all others, touches neither
 * session nor database, and answers 503 with {@link DatabaseAway#MESSAGE} (a problem detail for the
 * API, a plain page otherwise) and a hint to retry. Any other failure passes on unchanged.
 */
class DatabaseAwayFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!DatabaseAway.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      if (request.getRequestURI().startsWith("/api/")) {
        DatabaseAway.answerProblem(response);
        return;
      }
      response.setStatus(503);
      response.setHeader("Retry-After", DatabaseAway.RETRY_AFTER_SECONDS);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentType("text/html");
      response.getWriter().write(page());
    }
  }

  static String page() {
    return RefusalAnswers.page("Try again in a minute", DatabaseAway.MESSAGE);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    FilterRegistrationBean<DatabaseAwayFilter> databaseAwayFilter() {
      FilterRegistrationBean<DatabaseAwayFilter> registration =
          new FilterRegistrationBean<>(new DatabaseAwayFilter());
      // before Spring Session's filter (Integer.MIN_VALUE + 50) and everything else
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }
  }
}
