package vn.dvk.identity;

import java.util.Set;
import vn.dvk.audit.AuditLog;

/** The signed-in user as other modules see them. */
public record CurrentUser(String username, String displayName, Role role, String unitCode) {

  public boolean can(Permission permission) {
    return role.allows(permission);
  }

  /** For templates: {@code me.can('UNITS_MANAGE')}. */
  public boolean can(String permission) {
    return role.allows(Permission.valueOf(permission));
  }

  public Set<Permission> permissions() {
    return role.permissions();
  }

  /** The audit entry of something this user did to a subject. */
  public AuditLog.Change did(
      String action,
      String subjectType,
      String subjectId,
      String unitCode,
      String summary,
      Object before,
      Object after) {
    return new AuditLog.Change(
        username, role.name(), action, subjectType, subjectId, unitCode, summary, before, after);
  }
}
