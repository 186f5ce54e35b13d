package vn.dvk.identity;

import java.util.EnumSet;
import java.util.Set;

/** The roles of SPEC §1. Every role is scoped to the subtree of the user's home unit. */
public enum Role {
  ADMINISTRATOR(
      Permission.UNITS_MANAGE,
      Permission.USERS_MANAGE,
      Permission.REFERENCE_MANAGE,
      Permission.MODELS_READ,
      Permission.REPORTS_READ),
  REVIEWER(
      Permission.MODELS_READ,
      Permission.MODELS_APPROVE,
      Permission.RESULTS_VERIFY,
      Permission.ROUNDS_MANAGE,
      Permission.PROPOSALS_SUBMIT,
      Permission.DECISIONS_ISSUE,
      Permission.COMMENDATIONS_MANAGE,
      Permission.LOW_RESULTS_FLAG,
      Permission.SHOWCASE_PUBLISH,
      Permission.REPORTS_READ),
  OFFICER(
      Permission.MODELS_READ,
      Permission.MODELS_EDIT,
      Permission.MODELS_APPROVE,
      Permission.PROPOSALS_SUBMIT,
      Permission.LOW_RESULTS_REPORT,
      Permission.REPORTS_READ),
  COUNCIL_MEMBER(Permission.PROPOSALS_SCORE),
  LEADER(Permission.MODELS_READ, Permission.REPORTS_READ);

  private final Set<Permission> permissions;

  Role(Permission first, Permission... rest) {
    this.permissions = EnumSet.of(first, rest);
  }

  public Set<Permission> permissions() {
    return EnumSet.copyOf(permissions);
  }

  public boolean allows(Permission permission) {
    return permissions.contains(permission);
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
