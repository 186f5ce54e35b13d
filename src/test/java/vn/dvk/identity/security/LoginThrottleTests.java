package vn.dvk.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.support.IntegrationTest;

/** The counts behind the throttle, without a password hash per attempt. */
@IntegrationTest
class LoginThrottleTests {

  @Autowired LoginThrottle throttle;
  @Autowired LockoutProperties settings;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void anAddressThatFailsForManyNamesWaitsForEveryName() {
    var address = "10.7.7.7";
    var limit = settings.maxAttempts() * settings.addressFactor();
    for (var i = 0; i < limit; i++) {
      throttle.failed("sprayed." + i, address);
    }

    assertThat(throttle.blocked("a.name.never.tried", address)).isTrue();
    assertThat(throttle.blocked("a.name.never.tried", "10.7.7.8")).isFalse();
  }

  @Test
  void anAccountWaitsOnlyAtTheAddressThatFailed() {
    for (var i = 0; i < settings.maxAttempts(); i++) {
      throttle.failed("Throttled.Name", "10.5.5.5");
    }

    assertThat(throttle.blocked("throttled.name", "10.5.5.5")).isTrue();
    assertThat(throttle.blocked("throttled.name", "10.5.5.6")).isFalse();
    throttle.succeeded("throttled.name", "10.5.5.6");
    assertThat(throttle.blocked("throttled.name", "10.5.5.5")).isTrue();
  }

  @Test
  void anOverlongNameIsCountedWithoutAnError() {
    var name = "x".repeat(10_000);
    throttle.failed(name, "10.5.5.9");

    assertThat(throttle.blocked(name, "10.5.5.9")).isFalse();
    assertThat(
            jdbc.sql(
                    "select failures from identity_login_throttle"
                        + " where username = :name and address = '10.5.5.9'")
                .param("name", "x".repeat(60))
                .query(Integer.class)
                .list())
        .containsExactly(1);
  }
}
