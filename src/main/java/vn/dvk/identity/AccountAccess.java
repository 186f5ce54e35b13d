package vn.dvk.identity;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.domain.ApiTokenRepository;
import vn.dvk.identity.domain.InitialPasswords;
import vn.dvk.identity.domain.LoginThrottleRepository;
import vn.dvk.identity.domain.PasswordPolicy;
import vn.dvk.identity.domain.UserRepository;
import vn.dvk.identity.security.UserSessions;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.NotFoundException;

/**
 * What lets a user in: their own password change, and an administrator's reset, lock and unlock
 * (checked like every administration, by {@link AdministeredAccounts}). A password an administrator
 * sets must be changed at the next sign-in; the user's own change lifts that.
 */
@Service
@Transactional(readOnly = true)
public class AccountAccess {

  private final UserRepository users;
  private final AdministeredAccounts administered;
  private final LoginThrottleRepository throttles;
  private final ApiTokenRepository tokens;
  private final PasswordEncoder passwordEncoder;
  private final UserSessions sessions;
  private final Clock clock;

  AccountAccess(
      UserRepository users,
      AdministeredAccounts administered,
      LoginThrottleRepository throttles,
      ApiTokenRepository tokens,
      PasswordEncoder passwordEncoder,
      UserSessions sessions,
      Clock clock) {
    this.users = users;
    this.administered = administered;
    this.throttles = throttles;
    this.tokens = tokens;
    this.passwordEncoder = passwordEncoder;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** Whether the user must still change a password someone else chose for them. */
  public boolean mustChangePassword(String username) {
    return users.mustChangePassword(username);
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
    if (newPassword != null && passwordEncoder.matches(newPassword, credentials.passwordHash())) {
      throw new BusinessRuleException("account.error.same-password");
    }
    var account = credentials.account();
    PasswordPolicy.check("newPassword", newPassword, account.username(), account.displayName());
    replacePassword(account, newPassword, false);
    var user = new CurrentUser(username, account.displayName(), account.role(), account.unitCode());
    administered.record(user, "PASSWORD_CHANGED", account, null, null);
  }

  /** The administrator chooses the new password; the user changes it at the next sign-in. */
  @Transactional
  public void resetPassword(long id, String newPassword) {
    var account = administered.account(id);
    PasswordPolicy.check("password", newPassword, account.username(), account.displayName());
    replacePassword(account, newPassword, true);
    administered.record("PASSWORD_RESET", account, account);
  }

  /** A generated temporary password, returned once for the administrator to pass on. */
  @Transactional
  public String resetPassword(String username) {
    var password = InitialPasswords.next();
    resetPassword(administered.account(username).id(), password);
    return password;
  }

  /**
   * A new password ends what the old one let the user open elsewhere: their other sessions and
   * every API token.
   */
  private void replacePassword(UserAccount account, String newPassword, boolean mustChange) {
    users.updatePassword(
        account.id(), passwordEncoder.encode(newPassword), mustChange, clock.instant());
    tokens.revokeAllOf(account.id(), clock.instant());
    sessions.endOthers(account.username());
  }

  /** Locks the account until an administrator unlocks it: its sessions end, tokens stop working. */
  @Transactional
  public UserAccount lock(String username) {
    var account = administered.account(username);
    administered.refuseOwnLockout(account, false);
    users.updateLocked(account.id(), true);
    sessions.endOthers(account.username());
    var locked = users.findById(account.id()).orElseThrow();
    administered.record("USER_LOCKED", account, locked);
    return locked;
  }

  @Transactional
  public UserAccount unlock(String username) {
    return unlock(administered.account(username).id());
  }

  /** Lifts both the administrator's lock and the throttle's wait after failed sign-ins. */
  @Transactional
  public UserAccount unlock(long id) {
    var account = administered.account(id);
    throttles.deleteAccount(account.username());
    users.updateLocked(id, false);
    var unlocked = users.findById(id).orElseThrow();
    administered.record("USER_UNLOCKED", account, unlocked);
    return unlocked;
  }
}
