package vn.dvk.identity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A personal API token as its owner sees it: never the secret, only its first characters ({@code
 * prefix}) to tell tokens apart. It works through {@code expiresOn} (none: until revoked).
 */
public record ApiToken(
    long id,
    String name,
    String prefix,
    Instant createdAt,
    LocalDate expiresOn,
    Instant lastUsedAt) {

  public boolean isExpiredOn(LocalDate day) {
    return expiresOn != null && expiresOn.isBefore(day);
  }
}
