package vn.dvk.identity;

import static vn.dvk.shared.Texts.blankToNull;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.domain.ApiTokenRepository;
import vn.dvk.identity.domain.LoginThrottleRepository;
import vn.dvk.identity.domain.PasswordPolicy;
import vn.dvk.identity.domain.UserRepository;
import vn.dvk.identity.security.UserSessions;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.Units;

/**
 * Creating and maintaining user accounts. Passwords are stored only as BCrypt hashes and follow the
 * {@link PasswordPolicy}. Administration is checked here, whoever calls: only a user who may manage
 * users acts, and only on accounts and units of their own subtree (others read as not found). The
 * one unchecked path is {@link #createAll}, for the demo data and the data generators.
 */
@Service
@Transactional(readOnly = true)
public class UserAccounts {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

  private final UserRepository users;
  private final LoginThrottleRepository throttles;
  private final ApiTokenRepository tokens;
  private final Units units;
  private final PasswordEncoder passwordEncoder;
  private final Scope scope;
  private final UserSessions sessions;
  private final Clock clock;

  UserAccounts(
      UserRepository users,
      LoginThrottleRepository throttles,
      ApiTokenRepository tokens,
      Units units,
      PasswordEncoder passwordEncoder,
      Scope scope,
      UserSessions sessions,
      Clock clock) {
    this.users = users;
    this.throttles = throttles;
    this.tokens = tokens;
    this.units = units;
    this.passwordEncoder = passwordEncoder;
    this.scope = scope;
    this.sessions = sessions;
    this.clock = clock;
  }

  public Optional<UserAccount> find(long id) {
    return users.findById(id);
  }

  public Optional<UserAccount> findByUsername(String username) {
    return users.findByUsername(username);
  }

  public List<UserAccount> inUnits(Collection<String> unitCodes) {
    return users.findByUnits(unitCodes);
  }

  /**
   * Creates several users without a signed-in administrator or a password policy: for the demo data
   * and the data generators only. A password shared by several of them is hashed once.
   */
  @Transactional
  public List<UserAccount> createAll(List<NewUserAccount> accounts) {
    var hashes = new HashMap<String, String>();
    return accounts.stream()
        .map(a -> create(a, hashes.computeIfAbsent(a.password(), passwordEncoder::encode)))
        .toList();
  }

  @Transactional
  public UserAccount create(NewUserAccount account) {
    requireManagerOf(account.unitCode());
    PasswordPolicy.check("password", account.password(), account.username(), account.displayName());
    return create(
        account,
        account.password() == null || account.password().isBlank()
            ? null
            : passwordEncoder.encode(account.password()));
  }

  private UserAccount create(NewUserAccount account, String passwordHash) {
    var username =
        account.username() == null ? "" : account.username().trim().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      throw new BusinessRuleException("users.error.username-format");
    }
    if (users.exists(username)) {
      throw new BusinessRuleException("users.error.duplicate-username", username);
    }
    requireCurrentUnit(account.unitCode());
    if (account.role() == null) {
      throw new BusinessRuleException("users.error.role-required");
    }
    if (account.password() == null || account.password().isBlank()) {
      throw new BusinessRuleException("users.error.password-required");
    }
    var id =
        users.insert(
            username,
            account.displayName() == null || account.displayName().isBlank()
                ? username
                : account.displayName().trim(),
            blankToNull(account.email()),
            account.role(),
            account.unitCode(),
            passwordHash,
            clock.instant());
    return users.findById(id).orElseThrow();
  }

  /**
   * Changes a user's details. {@code version} is the one the editor read: if someone changed the
   * user since, nothing is written and a conflict is reported.
   */
  @Transactional
  public UserAccount update(
      long id,
      int version,
      String displayName,
      String email,
      Role role,
      String unitCode,
      boolean enabled) {
    var existing = managed(id);
    requireManagerOf(unitCode);
    requireCurrentUnit(unitCode);
    if (role == null) {
      throw new BusinessRuleException("users.error.role-required");
    }
    var name =
        displayName == null || displayName.isBlank() ? existing.username() : displayName.trim();
    if (!users.update(id, version, name, blankToNull(email), role, unitCode, enabled)) {
      throw new ConflictException("users.error.concurrent-change", existing.username());
    }
    return users.findById(id).orElseThrow();
  }

  @Transactional
  public void changeOwnPassword(String username, String currentPassword, String newPassword) {
    var credentials =
        users
            .findCredentials(username)
            .orElseThrow(() -> new NotFoundException("users.error.not-found"));
    if (currentPassword == null
        || !passwordEncoder.matches(currentPassword, credentials.passwordHash())) {
      throw new BusinessRuleException("account.error.current-password");
    }
    if (passwordEncoder.matches(newPassword, credentials.passwordHash())) {
      throw new BusinessRuleException("account.error.same-password");
    }
    var account = credentials.account();
    PasswordPolicy.check("newPassword", newPassword, account.username(), account.displayName());
    replacePassword(account, newPassword);
  }

  @Transactional
  public void resetPassword(long id, String newPassword) {
    var account = managed(id);
    PasswordPolicy.check("password", newPassword, account.username(), account.displayName());
    replacePassword(account, newPassword);
  }

  /**
   * A new password ends what the old one let the user open elsewhere: their other sessions and
   * every API token.
   */
  private void replacePassword(UserAccount account, String newPassword) {
    users.updatePassword(account.id(), passwordEncoder.encode(newPassword), clock.instant());
    tokens.revokeAllOf(account.id(), clock.instant());
    sessions.endOthers(account.username());
  }

  @Transactional
  public void unlock(long id) {
    throttles.deleteAccount(managed(id).username());
  }

  /** An account the signed-in administrator manages: 403 without the right, 404 out of scope. */
  private UserAccount managed(long id) {
    if (!scope.requireUser().can(Permission.USERS_MANAGE)) {
      throw new AccessDeniedException(Permission.USERS_MANAGE.name());
    }
    return users
        .findById(id)
        .filter(account -> scope.canRead(account.unitCode()))
        .orElseThrow(() -> new NotFoundException("users.error.not-found"));
  }

  /** 403 without the right; a unit out of scope reads as unknown, like one that does not exist. */
  private void requireManagerOf(String unitCode) {
    if (!scope.requireUser().can(Permission.USERS_MANAGE)) {
      throw new AccessDeniedException(Permission.USERS_MANAGE.name());
    }
    if (unitCode == null || !scope.canRead(unitCode)) {
      throw new BusinessRuleException("users.error.unit-unknown", String.valueOf(unitCode));
    }
  }

  private void requireCurrentUnit(String unitCode) {
    if (unitCode == null || units.find(unitCode, units.today()).isEmpty()) {
      throw new BusinessRuleException("users.error.unit-unknown", String.valueOf(unitCode));
    }
  }
}
