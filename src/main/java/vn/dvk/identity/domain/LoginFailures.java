package vn.dvk.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed sign-ins of one subject (an account from one address, or an address whatever the
 * account): how many since the last wait, how many waits in a row, and until when it must wait.
 */
public record LoginFailures(
    int failures, int lockouts, Instant lastFailureAt, Instant blockedUntil) {

  public static LoginFailures none() {
    return new LoginFailures(0, 0, null, null);
  }

  public boolean blockedAt(Instant now) {
    return blockedUntil != null && blockedUntil.isAfter(now);
  }

  /**
   * After one more failure at {@code now}: a long quiet spell forgets everything, an ended wait
   * starts the count again, and the {@code limit}-th failure starts the next wait, longer each
   * time.
   */
  public LoginFailures afterFailure(Instant now, int limit, Duration resetAfter, WaitRule waits) {
    var current = this;
    if (lastFailureAt != null && lastFailureAt.plus(resetAfter).isBefore(now)) {
      current = none();
    }
    if (current.blockedUntil != null && !current.blockedAt(now)) {
      current = new LoginFailures(0, current.lockouts, current.lastFailureAt, null);
    }
    var failures = current.failures + 1;
    if (failures < limit) {
      return new LoginFailures(failures, current.lockouts, now, current.blockedUntil);
    }
    var lockouts = current.lockouts + 1;
    return new LoginFailures(0, lockouts, now, now.plus(waits.waitAfter(lockouts)));
  }

  /** How long the {@code lockouts}-th wait in a row lasts. */
  @FunctionalInterface
  public interface WaitRule {
    Duration waitAfter(int lockouts);
  }
}
