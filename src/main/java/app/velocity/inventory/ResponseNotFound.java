package app.velocity.inventory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such response, or it belongs to someone else (we do not say which). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ResponseNotFound extends RuntimeException {

  public ResponseNotFound() {
    super("no such inventory response");
  }
}
