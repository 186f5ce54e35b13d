package vn.dvk.identity.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in with a user name and password (form or HTTP Basic) unless the account must wait at this
 * address, or the address at all. Every refusal is the same answer, whether the name is unknown,
 * the password wrong, the account disabled or the address waiting: nothing tells an attacker which
 * accounts exist or what state they are in.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;

  ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    var username = attempt.getName();
    var address = address(attempt);
    if (throttle.blocked(username, address)) {
      throw new BadCredentialsException("bad credentials");
    }
    try {
      var signedIn = passwords.authenticate(attempt);
      throttle.succeeded(username, address);
      return signedIn;
    } catch (BadCredentialsException | AccountStatusException refused) {
      throttle.failed(username, address);
      throw new BadCredentialsException("bad credentials");
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }

  private static String address(Authentication attempt) {
    if (attempt.getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null) {
      var address = details.getRemoteAddress();
      return address.length() > 64 ? address.substring(0, 64) : address;
    }
    return "unknown";
  }
}
