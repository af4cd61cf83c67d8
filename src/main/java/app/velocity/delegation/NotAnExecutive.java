package app.velocity.delegation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Only executives delegate work through Velocity; other roles have no delegation of their own. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class NotAnExecutive extends RuntimeException {

  NotAnExecutive() {
    super("delegation is for executives");
  }
}
