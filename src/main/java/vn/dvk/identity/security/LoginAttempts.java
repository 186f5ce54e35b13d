package vn.dvk.identity.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.dvk.identity.domain.UserRepository;

/**
 * Counts failed logins (form or HTTP Basic) and locks the account for a while after too many in a
 * row; a successful login clears the count.
 */
@Component
class LoginAttempts {

  private final UserRepository users;
  private final LockoutProperties lockout;
  private final Clock clock;

  LoginAttempts(UserRepository users, LockoutProperties lockout, Clock clock) {
    this.users = users;
    this.lockout = lockout;
    this.clock = clock;
  }

  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    var name = event.getAuthentication().getName();
    if (name != null && !name.isBlank()) {
      users.recordFailure(
          name.trim(), lockout.maxAttempts(), clock.instant().plus(lockout.duration()));
    }
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    users.resetFailures(event.getAuthentication().getName());
  }
}
