package app.velocity.coaching;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The engagement does not exist or the viewer has no part in it (we do not say which). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotYourEngagement extends RuntimeException {

  NotYourEngagement() {
    super("no such engagement");
  }
}
