package app.velocity.shell;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Work the server does only a few of at once, because each one is costly (a PDF takes seconds of a
 * processor, a large body many times its length in memory): a request waits briefly for a free
 * slot, in the order requests came, and is then refused with words the person can act on.
 */
final class Slots {

  private final Semaphore free;
  private final int size;
  private final Duration wait;
  private final Supplier<? extends Refusal> busy;

  /**
   * @param busy the refusal for a request that found no free slot within the wait
   */
  Slots(int size, Duration wait, Supplier<? extends Refusal> busy) {
    if (size <= 0 || wait == null || wait.isNegative()) {
      throw new IllegalArgumentException("slots: at least one, and a wait that is not negative");
    }
    this.free = new Semaphore(size, true);
    this.size = size;
    this.wait = wait;
    this.busy = busy;
  }

  /** A slot, once one is free within the wait; else the busy refusal. */
  Slot take() {
    try {
      if (!free.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy.get();
    }
    return free::release;
  }

  int size() {
    return size;
  }

  /** A taken slot; closing it gives it back. */
  interface Slot extends AutoCloseable {
    @Override
    void close();
  }
}
