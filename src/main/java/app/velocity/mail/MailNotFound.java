package app.velocity.mail;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** There is no message with this id in the outbox. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MailNotFound extends RuntimeException {

  public MailNotFound() {
    super("no such message");
  }
}
