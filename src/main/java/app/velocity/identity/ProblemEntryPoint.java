package app.velocity.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers unauthenticated and forbidden API calls with RFC 9457 problem details. */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (DatabaseAway.causedBy(e)) {
      // the account could not be looked up: not a wrong password or token
      DatabaseAway.answerProblem(response);
      return;
    }
    if (e instanceof SignInThrottled throttled) {
      response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
      write(
          response,
          429,
          "Too Many Requests",
          "Too many sign-ins were tried with this e-mail address. Try again "
              + SignInThrottled.inWords(throttled.retryAfter())
              + "; the password was not checked.");
      return;
    }
    boolean basic = request.getRequestURI().endsWith("/api/v1/tokens");
    if (basic) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Velocity\"");
    } else {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"Velocity\"");
    }
    write(
        response,
        401,
        "Unauthorized",
        basic
            ? "Sign in with HTTP Basic (your e-mail and password) to create a token."
            : "Present a valid personal access token: Authorization: Bearer <token>.");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, 403, "Forbidden", "Your role does not allow this.");
  }

  private static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + detail
                + "\"}");
  }
}
