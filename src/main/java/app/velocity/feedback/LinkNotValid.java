package app.velocity.feedback;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No survey link has this token: mistyped, cut short or made up. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class LinkNotValid extends RuntimeException {

  LinkNotValid() {
    super("This link is not valid. Please use the link from your e-mail as it is.");
  }
}
