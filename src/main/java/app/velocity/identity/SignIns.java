package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a person in directly, after they proved who they are by other means (setup, a link). */
@Component
class SignIns {

  private final SecurityContextRepository contexts;

  SignIns(SecurityContextRepository contexts) {
    this.contexts = contexts;
  }

  void signIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
    // a new session id, so that a session id planted before sign-in is worthless afterwards
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            new AccountDetails(user, null, true), null, AccountDetails.authorities(user)));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    PersonSessions.index(request.getSession(), user.id());
  }
}
