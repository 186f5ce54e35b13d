package vn.dvk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.domain.ApiTokenRepository;
import vn.dvk.identity.domain.UserRepository;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.NotFoundException;

/**
 * Personal API tokens: a user creates them for their scripts, which then act as that user on {@code
 * /api} ({@code Authorization: Bearer dvk_…}). A token is 32 random bytes, shown once when it is
 * made; only its SHA-256 is kept, so a copy of the database gives no one a working token. Each user
 * sees and revokes only their own tokens.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

  /**
   * The request attribute set on a request authenticated by a personal token (not by a password or
   * a session): such a request may not make more tokens.
   */
  public static final String AUTHENTICATED_BY_TOKEN = "dvk.authenticatedByToken";

  /** What every token begins with, so that a leaked one is easy to recognize (and to scan for). */
  public static final String PREFIX = "dvk_";

  private static final int SECRET_BYTES = 32;
  private static final int SHOWN_CHARACTERS = PREFIX.length() + 8;
  private static final int NAME_MAX_LENGTH = 100;
  private static final String SUBJECT = "API_TOKEN";

  private final ApiTokenRepository tokens;
  private final UserRepository users;
  private final Scope scope;
  private final AuditLog audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(
      ApiTokenRepository tokens, UserRepository users, Scope scope, AuditLog audit, Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
  }

  /** The current user's tokens that are not revoked, newest first. */
  public List<ApiToken> mine() {
    return tokens.findActiveOf(currentAccount().id());
  }

  /** Makes a token for the current user; the secret in the answer is never available again. */
  @Transactional
  public IssuedApiToken issue(String name, LocalDate expiresOn) {
    var trimmed = name == null ? "" : name.trim();
    check(trimmed, expiresOn);
    var account = currentAccount();
    var secret = PREFIX + newSecret();
    var id =
        tokens.insert(
            account.id(),
            trimmed,
            secret.substring(0, SHOWN_CHARACTERS),
            hash(secret),
            expiresOn,
            clock.instant());
    var token = tokens.findActive(id, account.id()).orElseThrow();
    record(account, "API_TOKEN_CREATED", token, null, token);
    return new IssuedApiToken(token, secret);
  }

  /** Revokes one of the current user's tokens; anyone else's is reported as not found. */
  @Transactional
  public void revoke(long id) {
    var account = currentAccount();
    var token =
        tokens
            .findActive(id, account.id())
            .orElseThrow(() -> new NotFoundException("tokens.error.not-found"));
    tokens.revoke(id, clock.instant());
    record(account, "API_TOKEN_REVOKED", token, token, null);
  }

  /**
   * The user name a presented token acts for, if it is one of ours and neither revoked nor expired;
   * notes that it was used. Whether that user may still sign in is the caller's check.
   */
  @Transactional
  public Optional<String> ownerOf(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    var owner = tokens.findOwner(hash(secret), LocalDate.now(clock));
    var now = clock.instant();
    owner
        .filter(found -> found.useNotedBefore(now))
        .ifPresent(found -> tokens.markUsed(found.tokenId(), now));
    return owner.map(ApiTokenRepository.Owner::username);
  }

  private void check(String name, LocalDate expiresOn) {
    var violations = new ArrayList<Violation>();
    if (name.isEmpty()) {
      violations.add(new Violation("name", "validation.required"));
    } else if (name.length() > NAME_MAX_LENGTH) {
      violations.add(new Violation("name", "validation.too-long"));
    }
    if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock))) {
      violations.add(new Violation("expiresOn", "tokens.error.expiry-past"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private UserAccount currentAccount() {
    var user = scope.requireUser();
    return users
        .findByUsername(user.username())
        .orElseThrow(() -> new NotFoundException("users.error.not-found"));
  }

  private void record(
      UserAccount account, String action, ApiToken token, ApiToken before, ApiToken after) {
    audit.record(
        new AuditLog.Change(
            account.username(),
            account.role().name(),
            action,
            SUBJECT,
            String.valueOf(token.id()),
            account.unitCode(),
            token.name() + " (" + token.prefix() + "…)",
            before,
            after));
  }

  private String newSecret() {
    var bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String secret) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
