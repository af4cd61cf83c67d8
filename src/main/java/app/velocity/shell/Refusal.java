package app.velocity.shell;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the server turns down to protect itself (too large, too slow, too many at once), with
 * words the person can act on. The API answers it as a problem detail, pages show its detail; both
 * through Spring's handling of {@link ErrorResponseException}, or written by {@link RefusalAnswers}
 * where it happens before any controller.
 */
abstract class Refusal extends ErrorResponseException {

  private final String heading;

  /**
   * @param title the problem detail's title, for programs
   * @param heading the heading of the page, for people
   */
  Refusal(HttpStatus status, String title, String heading, String detail) {
    super(status, problem(status, title, detail), null);
    this.heading = heading;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  String heading() {
    return heading;
  }

  String detail() {
    return getBody().getDetail();
  }

  @Override
  public String getMessage() {
    return detail();
  }
}
