package vn.dvk.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.domain.ApiTokenRepository;
import vn.dvk.identity.domain.LoginThrottleRepository;
import vn.dvk.identity.domain.UserRepository;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.Units;

/** Creating and maintaining user accounts. Passwords are stored only as BCrypt hashes. */
@Service
@Transactional(readOnly = true)
public class UserAccounts {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

  private final UserRepository users;
  private final LoginThrottleRepository throttles;
  private final ApiTokenRepository tokens;
  private final Units units;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;

  UserAccounts(
      UserRepository users,
      LoginThrottleRepository throttles,
      ApiTokenRepository tokens,
      Units units,
      PasswordEncoder passwordEncoder,
      Clock clock) {
    this.users = users;
    this.throttles = throttles;
    this.tokens = tokens;
    this.units = units;
    this.passwordEncoder = passwordEncoder;
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

  /** Creates several users; a password shared by several of them is hashed once. */
  @Transactional
  public List<UserAccount> createAll(List<NewUserAccount> accounts) {
    var hashes = new HashMap<String, String>();
    return accounts.stream()
        .map(a -> create(a, hashes.computeIfAbsent(a.password(), passwordEncoder::encode)))
        .toList();
  }

  @Transactional
  public UserAccount create(NewUserAccount account) {
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
    var existing =
        users.findById(id).orElseThrow(() -> new NotFoundException("users.error.not-found"));
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
    users.updatePassword(
        credentials.account().id(), passwordEncoder.encode(newPassword), clock.instant());
    // A new password ends what the old one let the user hand out.
    tokens.revokeAllOf(credentials.account().id(), clock.instant());
  }

  @Transactional
  public void resetPassword(long id, String newPassword) {
    users.findById(id).orElseThrow(() -> new NotFoundException("users.error.not-found"));
    users.updatePassword(id, passwordEncoder.encode(newPassword), clock.instant());
    tokens.revokeAllOf(id, clock.instant());
  }

  @Transactional
  public void unlock(long id) {
    var account =
        users.findById(id).orElseThrow(() -> new NotFoundException("users.error.not-found"));
    throttles.deleteAccount(account.username());
  }

  private void requireCurrentUnit(String unitCode) {
    if (unitCode == null || units.find(unitCode, units.today()).isEmpty()) {
      throw new BusinessRuleException("users.error.unit-unknown", String.valueOf(unitCode));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
