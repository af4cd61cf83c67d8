package app.velocity.shell;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** One client address with more requests open at once than {@link RequestsPerClient} allows. */
final class TooManyAtOnce extends Refusal {

  static final String RETRY_AFTER_SECONDS = "2";

  TooManyAtOnce() {
    super(
        HttpStatus.TOO_MANY_REQUESTS,
        "Too many requests at once",
        "Too many requests at once",
        "Your address has too many requests open with Velocity at the same time. Wait a moment"
            + " and try again.");
    getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
  }
}
