package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a person who was deactivated after signing in, on their next request, so that
 * deactivation takes effect at once rather than when the session expires.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

  private final Directory directory;

  ActiveAccountFilter(Directory directory) {
    this.directory = directory;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CurrentUser user = CurrentUserResolver.current();
    if (user != null && directory.person(user.id()).map(p -> !p.active()).orElse(true)) {
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect(request.getContextPath() + "/sign-in");
      return;
    }
    chain.doFilter(request, response);
  }
}
