package vn.dvk.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins are throttled, after Keycloak's brute-force detection. Failures are counted
 * per account and source address: after {@code maxAttempts} of them that pair waits {@code
 * firstWait}, then twice as long at each further lockout, up to {@code maxWait}. A source address
 * that fails {@code addressFactor} times as often, whatever accounts it names, waits the same way.
 * The count starts again when a wait ends and on success; the lockouts are forgotten after {@code
 * resetAfter} without a failure.
 */
@ConfigurationProperties("dvk.security.lockout")
public record LockoutProperties(
    int maxAttempts, Duration firstWait, Duration maxWait, Duration resetAfter, int addressFactor) {

  public LockoutProperties {
    maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
    firstWait = firstWait == null ? Duration.ofMinutes(1) : firstWait;
    maxWait = maxWait == null ? Duration.ofMinutes(15) : maxWait;
    resetAfter = resetAfter == null ? Duration.ofHours(12) : resetAfter;
    addressFactor = addressFactor <= 0 ? 10 : addressFactor;
  }

  /** How long a subject waits after its {@code lockouts}-th lockout (1 for the first). */
  Duration waitAfter(int lockouts) {
    var wait = firstWait;
    for (var i = 1; i < lockouts && wait.compareTo(maxWait) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxWait) < 0 ? wait : maxWait;
  }
}
