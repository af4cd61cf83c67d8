package app.velocity.delegation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The piece of work does not exist or is not the viewer's own (we do not say which). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class WorkNotFound extends RuntimeException {

  WorkNotFound() {
    super("no such piece of work");
  }
}
