package vn.dvk.identity.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.dvk.identity.domain.UserRepository;

@Component
class DvkUserDetailsService implements UserDetailsService {

  private final UserRepository users;

  DvkUserDetailsService(UserRepository users) {
    this.users = users;
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
        // Failed sign-ins make an account wait only at the address they came from (LoginThrottle),
        // never everywhere: no one can lock another person out. Only an administrator's lock
        // holds everywhere (sign-in and API tokens).
        account.lockedByAdministrator());
  }
}
