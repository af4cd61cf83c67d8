package app.velocity.shell;

import org.springframework.http.HttpStatus;

/**
 * A request body that arrives more slowly than any working connection sends: 408, and the
 * connection is closed, so that a client trickling bytes cannot hold a server thread.
 */
final class BodyTooSlow extends Refusal {

  BodyTooSlow(long bytesPerSecond) {
    super(
        HttpStatus.REQUEST_TIMEOUT,
        "Body too slow",
        "That took too long",
        "The body arrived too slowly (under "
            + BodyTooLarge.size(bytesPerSecond)
            + " a second), so Velocity stopped waiting for it. Send it again.");
    getBody().setProperty("field", "body");
  }
}
