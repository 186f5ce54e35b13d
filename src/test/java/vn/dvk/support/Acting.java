package vn.dvk.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a piece of a test as a given user, the way a request signed in as them would. */
@Component
public class Acting {

  private final UserDetailsService users;

  public Acting(UserDetailsService users) {
    this.users = users;
  }

  public <T> T as(String username, Supplier<T> work) {
    var previous = SecurityContextHolder.getContext().getAuthentication();
    var user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
  }

  public void run(String username, Runnable work) {
    as(
        username,
        () -> {
          work.run();
          return null;
        });
  }
}
