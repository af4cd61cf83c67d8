package app.velocity.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * Too many sign-ins were tried with this e-mail address (from this client address, or from
 * anywhere), or from this client address: the next attempt must wait. The password was not checked.
 */
class SignInThrottled extends AuthenticationException {

  private final Duration retryAfter;

  SignInThrottled(Duration retryAfter) {
    super("too many sign-in attempts; retry after " + retryAfter.toSeconds() + " s");
    this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }

  /** Whole seconds to wait, at least one, for a Retry-After header. */
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }

  /** "in 40 seconds", "in 3 minutes": how long to wait, rounded up, for a person to read. */
  static String inWords(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    if (seconds < 60) {
      return "in " + seconds + (seconds == 1 ? " second" : " seconds");
    }
    long minutes = (seconds + 59) / 60;
    return "in " + minutes + (minutes == 1 ? " minute" : " minutes");
  }
}
