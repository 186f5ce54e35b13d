package vn.dvk.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.domain.UserRepository;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.NotFoundException;

/**
 * The checks every administration of accounts makes, whoever calls (page, API, import): the caller
 * may manage users (403 otherwise), and the account or unit lies in their subtree (an account out
 * of it reads as not found, a unit as unknown). Also writes the audit line of each change.
 */
@Component
class AdministeredAccounts {

  static final String SUBJECT = "USER";

  private final UserRepository users;
  private final Scope scope;
  private final AuditLog audit;

  AdministeredAccounts(UserRepository users, Scope scope, AuditLog audit) {
    this.users = users;
    this.scope = scope;
    this.audit = audit;
  }

  /** The signed-in administrator: 403 for anyone who may not manage users. */
  CurrentUser administrator() {
    var user = scope.requireUser();
    if (!user.can(Permission.USERS_MANAGE)) {
      throw new AccessDeniedException(Permission.USERS_MANAGE.name());
    }
    return user;
  }

  /** An account the signed-in administrator manages: 403 without the right, 404 out of scope. */
  UserAccount account(long id) {
    administrator();
    return users
        .findById(id)
        .filter(account -> scope.canRead(account.unitCode()))
        .orElseThrow(() -> new NotFoundException("users.error.not-found"));
  }

  UserAccount account(String username) {
    administrator();
    return users
        .findByUsername(username == null ? "" : username.trim())
        .filter(account -> scope.canRead(account.unitCode()))
        .orElseThrow(() -> new NotFoundException("users.error.not-found"));
  }

  /** 403 without the right; a unit out of scope reads as unknown, like one that does not exist. */
  void requireManagerOf(String unitCode) {
    administrator();
    if (unitCode == null || !scope.canRead(unitCode)) {
      throw new BusinessRuleException("users.error.unit-unknown", String.valueOf(unitCode));
    }
  }

  /** Refuses a change that would leave the administrator unable to administer (locked, demoted). */
  void refuseOwnLockout(UserAccount account, boolean stillAdministers) {
    if (!stillAdministers && account.username().equals(administrator().username())) {
      throw new BusinessRuleException("users.error.own-lockout");
    }
  }

  /** The audit line of a change the signed-in administrator made to an account. */
  void record(String action, UserAccount before, UserAccount after) {
    var subject = after == null ? before : after;
    record(administrator(), action, subject, before, after);
  }

  void record(CurrentUser actor, String action, UserAccount subject, Object before, Object after) {
    audit.record(
        actor.did(
            action,
            SUBJECT,
            String.valueOf(subject.id()),
            subject.unitCode(),
            subject.username(),
            before,
            after));
  }
}
