package app.velocity.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** While no firm admin exists, leads every visitor of the web pages to the setup page. */
class FirstRunFilter extends OncePerRequestFilter {

  private final FirstRun firstRun;

  FirstRunFilter(FirstRun firstRun) {
    this.firstRun = firstRun;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/setup")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/webjars/")
        || path.startsWith("/actuator/")
        || path.startsWith("/api/")
        || path.equals("/error");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (firstRun.needsSetup()) {
      response.sendRedirect(request.getContextPath() + "/setup");
      return;
    }
    chain.doFilter(request, response);
  }
}
