package app.velocity.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How often something may be tried (a sign-in, a request for a link by mail), as a pure function of
 * the counter kept for it: either the attempt is counted, or it must wait until a given moment.
 */
sealed interface ThrottleRule {

  /**
   * What is counted for one key: attempts since {@code windowStart}, the last attempt, and until
   * when the next one must wait (null: it need not).
   */
  record Counter(int hits, Instant windowStart, Instant lastHit, Instant blockedUntil) {}

  /** The outcome of one attempt: the counter to store, or the moment the attempt may be retried. */
  record Decision(Counter counted, Instant retryAt) {

    static Decision count(Counter counter) {
      return new Decision(counter, null);
    }

    static Decision refuse(Instant retryAt) {
      return new Decision(null, retryAt);
    }

    boolean refused() {
      return retryAt != null;
    }
  }

  Decision attempt(Optional<Counter> current, Instant now);

  /**
   * {@code free} attempts in a row need no wait; from then on each further attempt waits twice as
   * long as the one before, starting at {@code first}, never longer than {@code longest}. A key
   * left alone for {@code forgetAfter} starts afresh. An attempt made while it must wait is refused
   * and not counted, so hammering does not lengthen the wait, and the wait never exceeds {@code
   * longest}: nobody can be kept out for good.
   */
  record GrowingDelay(int free, Duration first, Duration longest, Duration forgetAfter)
      implements ThrottleRule {

    public GrowingDelay {
      if (free < 1 || first.isNegative() || longest.compareTo(first) < 0) {
        throw new IllegalArgumentException("a growing delay needs free >= 1 and first <= longest");
      }
    }

    @Override
    public Decision attempt(Optional<Counter> current, Instant now) {
      if (current.isPresent()
          && current.get().blockedUntil() != null
          && current.get().blockedUntil().isAfter(now)) {
        return Decision.refuse(current.get().blockedUntil());
      }
      boolean fresh = current.isEmpty() || !current.get().lastHit().plus(forgetAfter).isAfter(now);
      int hits = fresh ? 1 : current.get().hits() + 1;
      Instant start = fresh ? now : current.get().windowStart();
      return Decision.count(
          new Counter(hits, start, now, hits < free ? null : now.plus(wait(hits))));
    }

    /** The wait after the {@code hits}-th attempt in a row (at least {@code free} of them). */
    Duration wait(int hits) {
      int doublings = Math.min(hits - free, 30);
      Duration wait = first.multipliedBy(1L << doublings);
      return wait.compareTo(longest) > 0 ? longest : wait;
    }
  }

  /**
   * At most {@code limit} attempts per {@code window}, counted from the first attempt of the
   * window; further attempts wait until the window ends.
   */
  record FixedWindow(int limit, Duration window) implements ThrottleRule {

    public FixedWindow {
      if (limit < 1 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("a window needs a limit >= 1 and a positive length");
      }
    }

    @Override
    public Decision attempt(Optional<Counter> current, Instant now) {
      if (current.isPresent() && current.get().windowStart().plus(window).isAfter(now)) {
        Counter c = current.get();
        if (c.hits() >= limit) {
          return Decision.refuse(c.windowStart().plus(window));
        }
        return Decision.count(new Counter(c.hits() + 1, c.windowStart(), now, null));
      }
      return Decision.count(new Counter(1, now, now, null));
    }
  }
}
