package app.velocity.feedback;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person has no part in this survey that allows the request (we do not say which). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotYourSurvey extends RuntimeException {

  NotYourSurvey() {
    super("no such survey");
  }
}
