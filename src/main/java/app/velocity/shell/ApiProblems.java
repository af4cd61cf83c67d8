package app.velocity.shell;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures in the JSON API into RFC 9457 problem details that say what to fix, and never show
 * a stack trace, a class name or SQL.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

  /** Domain code signals bad input with IllegalArgumentException: "field: what is wrong". */
  /** The database is out of reach (restarting): 503, so that clients retry, with a clear detail. */
  @ExceptionHandler(org.springframework.dao.DataAccessResourceFailureException.class)
  ProblemDetail databaseAway(org.springframework.dao.DataAccessResourceFailureException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
    problem.setDetail(app.velocity.identity.DatabaseAway.MESSAGE);
    return problem;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badInput(IllegalArgumentException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Invalid input");
    String message = e.getMessage() == null ? "the request is not valid" : e.getMessage();
    problem.setDetail(message);
    int colon = message.indexOf(':');
    if (colon > 0 && colon < 60 && !message.substring(0, colon).contains(" ")) {
      problem.setProperty("field", message.substring(0, colon));
    } else if (e instanceof app.velocity.organisations.InvalidPersonData invalid) {
      problem.setProperty("field", invalid.field());
    }
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  /** A request that conflicts with the current state (already done, no longer possible). */
  @ExceptionHandler(IllegalStateException.class)
  ProblemDetail conflict(IllegalStateException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    problem.setTitle("Conflict");
    problem.setDetail(e.getMessage());
    return problem;
  }

  /**
   * A form or upload the server itself could not take (too large, too many fields), met where an
   * API route reads request parameters; without this it would count as a conflict.
   */
  @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
  ProblemDetail unreadableParameters(org.apache.tomcat.util.http.InvalidParameterException e) {
    ProblemDetail problem =
        ProblemDetail.forStatus(
            e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.BAD_REQUEST);
    problem.setTitle("Unreadable parameters");
    problem.setDetail("The request's parameters could not be read: send fewer or shorter ones.");
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Invalid input");
    problem.setDetail(e.getName() + ": the value is not of the expected form");
    problem.setProperty("field", e.getName());
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Unreadable body");
    problem.setDetail(readable(e));
    String field = jsonPath(e);
    if (field != null) {
      problem.setProperty("field", field);
    }
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * The path of the field Jackson could not read, in the form the API's own checks use ({@code
   * self.goingWell.PEOPLE}, {@code decisions[3].candidates[0]}), or null when it did not say.
   */
  static String jsonPath(HttpMessageNotReadableException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof tools.jackson.core.JacksonException json && !json.getPath().isEmpty()) {
        StringBuilder path = new StringBuilder();
        for (var reference : json.getPath()) {
          String name = reference.getPropertyName();
          if (name != null) {
            if (!name.matches("[A-Za-z0-9_]{1,50}")) {
              break;
            }
            path.append(path.isEmpty() ? "" : ".").append(name);
          } else if (reference.getIndex() >= 0) {
            path.append('[').append(reference.getIndex()).append(']');
          }
        }
        return path.isEmpty() ? null : path.toString();
      }
    }
    return null;
  }

  /** Names the offending field where Jackson says which it was, without echoing internals. */
  private static String readable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    for (Throwable c = cause; c != null; c = c.getCause()) {
      if (c instanceof tools.jackson.core.exc.StreamConstraintsException) {
        return JsonLimits.TOO_LONG;
      }
    }
    while (cause != null) {
      if (cause instanceof IllegalArgumentException iae
          && iae.getMessage() != null
          && iae.getMessage().length() < 300
          && !iae.getMessage().contains("Exception")) {
        return iae.getMessage();
      }
      cause = cause.getCause();
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    java.util.regex.Matcher field =
        java.util.regex.Pattern.compile("\\[\"([A-Za-z0-9_]{1,50})\"\\]").matcher(message);
    String last = null;
    while (field.find()) {
      last = field.group(1);
    }
    return last == null
        ? "The body must be JSON of the documented shape."
        : "The body must be JSON of the documented shape; look at the field \"" + last + "\".";
  }
}
