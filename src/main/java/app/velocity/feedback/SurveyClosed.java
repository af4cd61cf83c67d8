package app.velocity.feedback;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The wave of this link has closed; its answers are being read. */
@ResponseStatus(HttpStatus.GONE)
class SurveyClosed extends RuntimeException {

  SurveyClosed() {
    super("This survey has closed. Thank you for your willingness to help.");
  }
}
