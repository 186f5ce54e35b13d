package vn.dvk.identity;

/**
 * What a role allows. Each is also a Spring Security authority of the same name, for
 * {@code @PreAuthorize(“hasAuthority('UNITS_MANAGE')”)}.
 */
public enum Permission {
  UNITS_MANAGE,
  USERS_MANAGE,
  REFERENCE_MANAGE,
  MODELS_READ,
  MODELS_EDIT,
  MODELS_APPROVE,
  RESULTS_VERIFY,
  ROUNDS_MANAGE,
  PROPOSALS_SUBMIT,
  DECISIONS_ISSUE,
  COMMENDATIONS_MANAGE,
  LOW_RESULTS_FLAG,
  LOW_RESULTS_REPORT,
  PROPOSALS_SCORE,
  SHOWCASE_PUBLISH,
  REPORTS_READ;

  public String authority() {
    return name();
  }
}
