package app.velocity.shell;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A large body (over {@code velocity.limits.large-body}) while as many as the server takes at once
 * are being handled already: 503, retry in a little while. One such body, a comfort-bias history of
 * 100,000 decisions, holds some 130 MB while it is analysed; two at once would not fit a 256 MB
 * heap.
 */
final class LargeBodiesBusy extends Refusal {

  static final String RETRY_AFTER_SECONDS = "30";

  LargeBodiesBusy() {
    super(
        HttpStatus.SERVICE_UNAVAILABLE,
        "Large bodies busy",
        "Busy with another large request",
        "Another large request is being handled just now, and they are taken one at a time."
            + " Nothing is lost: send it again in half a minute.");
    getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
  }
}
