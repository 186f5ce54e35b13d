package vn.dvk.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** After {@code maxAttempts} failed logins in a row an account is locked for {@code duration}. */
@ConfigurationProperties("dvk.security.lockout")
public record LockoutProperties(int maxAttempts, Duration duration) {

  public LockoutProperties {
    if (maxAttempts <= 0) {
      maxAttempts = 5;
    }
    if (duration == null) {
      duration = Duration.ofMinutes(15);
    }
  }
}
