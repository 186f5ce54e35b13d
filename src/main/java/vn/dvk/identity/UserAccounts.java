package vn.dvk.identity;

import static vn.dvk.shared.Texts.blankToNull;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.domain.PasswordPolicy;
import vn.dvk.identity.domain.UserRepository;
import vn.dvk.identity.security.UserSessions;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * Creating and maintaining user accounts. Passwords are stored only as BCrypt hashes and follow the
 * {@link PasswordPolicy}. Administration is checked here, whoever calls (page, API, import): only a
 * user who may manage users acts, and only on accounts and units of their own subtree (others read
 * as not found). An account an administrator creates must change its password at the first sign-in.
 * The one unchecked path is {@link #createAll}, for the demo data and the data generators. Signing
 * in (passwords, locks) is {@link AccountAccess}.
 */
@Service
@Transactional(readOnly = true)
public class UserAccounts {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

  private final UserRepository users;
  private final AdministeredAccounts administered;
  private final Units units;
  private final PasswordEncoder passwordEncoder;
  private final Scope scope;
  private final UserSessions sessions;
  private final Clock clock;

  UserAccounts(
      UserRepository users,
      AdministeredAccounts administered,
      Units units,
      PasswordEncoder passwordEncoder,
      Scope scope,
      UserSessions sessions,
      Clock clock) {
    this.users = users;
    this.administered = administered;
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

  /** How these users are named to others, by username (an unknown username is left out). */
  public Map<String, String> displayNames(Collection<String> usernames) {
    var names = new HashMap<String, String>();
    users.findByUsernames(usernames).forEach(a -> names.put(a.username(), a.displayName()));
    return names;
  }

  /** Whether nobody has an account yet (a new installation without its first administrator). */
  public boolean noneYet() {
    return !users.anyUser();
  }

  /** The accounts of the signed-in administrator's subtree (403 for anyone else). */
  public List<UserAccount> administered() {
    administered.administrator();
    return inUnits(scope.visibleUnits(units.today()).stream().map(UnitView::code).toList());
  }

  /** One account the signed-in administrator manages: 403 without the right, 404 out of scope. */
  public UserAccount administered(String username) {
    return administered.account(username);
  }

  /**
   * Creates several users without a signed-in administrator or a password policy: for the demo data
   * and the data generators only. A password shared by several of them is hashed once; none has to
   * change it.
   */
  @Transactional
  public List<UserAccount> createAll(List<NewUserAccount> accounts) {
    var hashes = new HashMap<String, String>();
    return accounts.stream()
        .map(
            a ->
                insert(
                    a, hashes.computeIfAbsent(a.password(), passwordEncoder::encode), true, false))
        .toList();
  }

  /** An administrator creates a user, who changes the given password at the first sign-in. */
  @Transactional
  public UserAccount create(NewUserAccount account) {
    return create(account, true);
  }

  /** The same, with {@code enabled} false for an account that may not sign in yet. */
  @Transactional
  public UserAccount create(NewUserAccount account, boolean enabled) {
    administered.requireManagerOf(account.unitCode());
    var created = createChecked(account, enabled);
    administered.record("USER_CREATED", null, created);
    return created;
  }

  /** The bootstrap's first administrator: no one is signed in yet; audited by the caller. */
  UserAccount createFirst(NewUserAccount account) {
    return createChecked(account, true);
  }

  private UserAccount createChecked(NewUserAccount account, boolean enabled) {
    PasswordPolicy.check("password", account.password(), account.username(), account.displayName());
    return insert(
        account,
        account.password() == null || account.password().isBlank()
            ? null
            : passwordEncoder.encode(account.password()),
        enabled,
        true);
  }

  private UserAccount insert(
      NewUserAccount account, String passwordHash, boolean enabled, boolean mustChange) {
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
            enabled,
            mustChange,
            clock.instant());
    return users.findById(id).orElseThrow();
  }

  /**
   * Changes a user's details. {@code version} is the one the editor read: if someone changed the
   * user since, nothing is written and a conflict is reported. An administrator cannot disable
   * themself or take away their own right to manage users. A change of role, home unit or activity
   * ends the user's sessions, which hold the old rights until they sign in again.
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
    var existing = administered.account(id);
    administered.requireManagerOf(unitCode);
    requireCurrentUnit(unitCode);
    if (role == null) {
      throw new BusinessRuleException("users.error.role-required");
    }
    administered.refuseOwnLockout(existing, enabled && role.allows(Permission.USERS_MANAGE));
    var name =
        displayName == null || displayName.isBlank() ? existing.username() : displayName.trim();
    if (!users.update(id, version, name, blankToNull(email), role, unitCode, enabled)) {
      throw new ConflictException("users.error.concurrent-change", existing.username());
    }
    var updated = users.findById(id).orElseThrow();
    administered.record("USER_UPDATED", existing, updated);
    if (existing.role() != role
        || !existing.unitCode().equals(unitCode)
        || existing.enabled() != enabled) {
      sessions.endOthers(existing.username());
    }
    return updated;
  }

  private void requireCurrentUnit(String unitCode) {
    if (unitCode == null || units.find(unitCode, units.today()).isEmpty()) {
      throw new BusinessRuleException("users.error.unit-unknown", String.valueOf(unitCode));
    }
  }
}
