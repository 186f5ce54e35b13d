package vn.dvk.models;

/** What can be done to a year's registration, and the state each action leads to. */
public enum RegistrationAction {
  SUBMIT(RegistrationState.SUBMITTED),
  APPROVE(RegistrationState.REGISTERED),
  RETURN(RegistrationState.RETURNED),
  START(RegistrationState.IN_PROGRESS),
  WITHDRAW(RegistrationState.WITHDRAWN);

  private final RegistrationState target;

  RegistrationAction(RegistrationState target) {
    this.target = target;
  }

  public RegistrationState target() {
    return target;
  }

  /** Approving and returning are the superior unit's decisions; the rest are the owner's. */
  public boolean isSuperiorsDecision() {
    return this == APPROVE || this == RETURN;
  }

  /** Returning and withdrawing need a reason. */
  public boolean needsReason() {
    return this == RETURN || this == WITHDRAW;
  }
}
