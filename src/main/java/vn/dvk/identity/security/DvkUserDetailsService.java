package vn.dvk.identity.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.dvk.identity.domain.UserRepository;

@Component
class DvkUserDetailsService implements UserDetailsService {

  private final UserRepository users;
  private final Clock clock;

  DvkUserDetailsService(UserRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    var found =
        users
            .findCredentials(username == null ? "" : username.trim())
            .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    var account = found.account();
    return new DvkPrincipal(
        account.username(),
        found.passwordHash(),
        account.displayName(),
        account.role(),
        account.unitCode(),
        account.enabled(),
        account.isLockedAt(clock.instant()));
  }
}
