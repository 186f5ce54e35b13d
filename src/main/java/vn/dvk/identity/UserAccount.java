package vn.dvk.identity;

import java.time.Instant;

/**
 * A user as the administration pages show it (never the password hash). {@code lockedUntil} is the
 * throttle's wait after failed sign-ins; {@code lockedByAdministrator} a lock until an
 * administrator lifts it; {@code passwordChangeRequired} while the user still has a password
 * someone else chose.
 */
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
    boolean lockedByAdministrator,
    boolean passwordChangeRequired,
    int version) {

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
