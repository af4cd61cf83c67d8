package app.velocity.shell;

import org.springframework.stereotype.Component;

/**
 * Large bodies (over {@code velocity.limits.large-body}; only a comfort-bias history may be one)
 * are handled a few at a time: each holds many times its length in memory until it is answered,
 * some 130 MB for 100,000 decisions, and two of those would not fit a 256 MB heap.
 */
@Component
class LargeBodies {

  private final long threshold;
  private final Slots slots;

  LargeBodies(RequestLimitSettings settings) {
    this.threshold = settings.largeBodyBytes();
    this.slots =
        new Slots(settings.largeBodiesAtOnce(), settings.largeBodyWait(), LargeBodiesBusy::new);
  }

  /**
   * Whether a body of this declared length (-1: not declared) to a route taking up to {@code limit}
   * bytes needs a turn. A route that takes no large body never waits.
   */
  boolean large(long length, long limit) {
    return limit > threshold && (length < 0 || length > threshold);
  }

  /**
   * A turn, for as long as the request lasts.
   *
   * @throws LargeBodiesBusy (answered 503) when none came free in time
   */
  Slots.Slot take() {
    return slots.take();
  }

  Slots slots() {
    return slots;
  }
}
