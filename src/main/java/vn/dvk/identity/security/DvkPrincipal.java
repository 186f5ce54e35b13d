package vn.dvk.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Role;

/** The signed-in user, kept in the (database-backed) session. */
public final class DvkPrincipal implements UserDetails, CredentialsContainer, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final String username;
  private String passwordHash;
  private final String displayName;
  private final Role role;
  private final String unitCode;
  private final boolean enabled;
  private final boolean locked;

  public DvkPrincipal(
      String username,
      String passwordHash,
      String displayName,
      Role role,
      String unitCode,
      boolean enabled,
      boolean locked) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.role = role;
    this.unitCode = unitCode;
    this.enabled = enabled;
    this.locked = locked;
  }

  public CurrentUser toCurrentUser() {
    return new CurrentUser(username, displayName, role, unitCode);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority(role.authority()));
    role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
