package vn.dvk.identity;

import java.time.Instant;

/** A user as the administration pages show it (never the password hash). */
public record UserAccount(
    long id,
    String username,
    String displayName,
    String email,
    Role role,
    String unitCode,
    boolean enabled,
    int failedLogins,
    Instant lockedUntil,
    int version) {

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
