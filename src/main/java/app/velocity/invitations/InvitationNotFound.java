package app.velocity.invitations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such invitation, or not one of the caller's: the two are not told apart. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InvitationNotFound extends RuntimeException {

  InvitationNotFound() {
    super("There is no such invitation.");
  }
}
