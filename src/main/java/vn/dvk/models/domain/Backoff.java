package vn.dvk.models.domain;

import java.time.Duration;

/** Delays between tries that double after each failure, up to a ceiling, until one succeeds. */
final class Backoff {

  private final Duration first;
  private final Duration max;
  private Duration next;

  Backoff(Duration first, Duration max) {
    this.first = first;
    this.max = max.compareTo(first) < 0 ? first : max;
    this.next = first;
  }

  /** The delay before the next try; the one after will be twice as long, up to the ceiling. */
  synchronized Duration next() {
    var delay = next;
    next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
    return delay;
  }

  /** A try succeeded: the next failure waits the first delay again. */
  synchronized void reset() {
    next = first;
  }
}
