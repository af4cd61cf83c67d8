package app.velocity.shell;

import app.velocity.identity.DatabaseAway;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * What people see when something goes wrong: a helpful page for browsers, a problem detail for API
 * clients. Neither ever shows a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    int status = status(request);
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("message", message(request, status));
    return "shell/error";
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    int status = status(request);
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setDetail(message(request, status));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static int status(HttpServletRequest request) {
    // Without an error status the page was asked for directly (GET /error): there is nothing
    // here, and answering 500 would let anyone raise the server-error rate (found by FuzzTest).
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (databaseAway(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
      return 503;
    }
    return code instanceof Integer i ? i : 404;
  }

  private static boolean databaseAway(Object error) {
    return error instanceof Throwable t && DatabaseAway.causedBy(t);
  }

  /**
   * A refusal (too large, too slow, too busy) says in its own words what to do; it reaches this
   * page through Spring's handling of the exception, which leaves it on the request.
   */
  private static String message(HttpServletRequest request, int status) {
    if (request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) instanceof Refusal refusal
        && refusal.getStatusCode().value() == status) {
      return refusal.detail();
    }
    return message(status);
  }

  private static String message(int status) {
    return switch (status) {
      case 400 -> "The request was not understood. Go back and check what you entered.";
      case 403 ->
          "You do not have access to this page. Ask your firm admin if you think you should.";
      case 404 -> "There is nothing here. The link may be old, or you may not have access to it.";
      case 405 -> "This page cannot be used that way.";
      case 413 -> "That file or text is too large.";
      case 415 ->
          "This address does not take what was sent in that form. Send JSON, with the header"
              + " Content-Type: application/json.";
      case 503 -> DatabaseAway.MESSAGE;
      default ->
          HttpStatus.resolve(status) != null && status < 500
              ? "The request could not be completed."
              : "Something went wrong on our side. Your earlier answers are saved; try again in a"
                  + " moment.";
    };
  }
}
