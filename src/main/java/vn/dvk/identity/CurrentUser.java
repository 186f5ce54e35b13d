package vn.dvk.identity;

import java.util.Set;

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
}
