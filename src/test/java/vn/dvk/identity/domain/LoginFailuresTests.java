package vn.dvk.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginFailuresTests {

  private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
  private static final Duration RESET = Duration.ofHours(12);

  /** 1, 2, 4, 8 minutes…, never more than 15. */
  private static final LoginFailures.WaitRule WAITS =
      lockouts -> Duration.ofMinutes(Math.min(15, 1L << Math.min(lockouts - 1, 10)));

  @Test
  void failuresBelowTheLimitDoNotMakeTheSubjectWait() {
    var failures = fail(LoginFailures.none(), 4, NOW);

    assertThat(failures.failures()).isEqualTo(4);
    assertThat(failures.blockedAt(NOW)).isFalse();
  }

  @Test
  void theLimitsFailureStartsAWaitAndTheCountStartsAgain() {
    var failures = fail(LoginFailures.none(), 5, NOW);

    assertThat(failures.blockedAt(NOW.plusSeconds(59))).isTrue();
    assertThat(failures.blockedAt(NOW.plusSeconds(60))).isFalse();
    assertThat(failures.failures()).isZero();
    assertThat(failures.lockouts()).isEqualTo(1);
  }

  @Test
  void eachFurtherLockoutWaitsLongerUpToTheLongestWait() {
    var failures = LoginFailures.none();
    var at = NOW;
    var waits = new long[6];
    for (var lockout = 0; lockout < waits.length; lockout++) {
      failures = fail(failures, 5, at);
      waits[lockout] = Duration.between(at, failures.blockedUntil()).toMinutes();
      at = failures.blockedUntil().plusSeconds(1);
    }

    assertThat(waits).containsExactly(1, 2, 4, 8, 15, 15);
  }

  @Test
  void aFailureAfterTheWaitEndedCountsFromOneAgain() {
    var waited = fail(LoginFailures.none(), 5, NOW);

    var next = waited.afterFailure(NOW.plusSeconds(61), 5, RESET, WAITS);

    assertThat(next.failures()).isEqualTo(1);
    assertThat(next.blockedAt(NOW.plusSeconds(61))).isFalse();
  }

  @Test
  void aLongQuietSpellForgetsTheLockouts() {
    var waited = fail(fail(LoginFailures.none(), 5, NOW), 5, NOW.plusSeconds(120));

    var later = fail(waited, 5, NOW.plus(RESET).plusSeconds(600));

    assertThat(later.lockouts()).isEqualTo(1);
    assertThat(Duration.between(later.lastFailureAt(), later.blockedUntil())).hasMinutes(1);
  }

  private static LoginFailures fail(LoginFailures failures, int times, Instant at) {
    for (var i = 0; i < times; i++) {
      failures = failures.afterFailure(at, 5, RESET, WAITS);
    }
    return failures;
  }
}
