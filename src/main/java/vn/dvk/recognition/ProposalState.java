package vn.dvk.recognition;

/**
 * A proposal's standing in its round: under consideration, returned for revision (the unit may
 * propose it again before the deadline), withdrawn by the unit, then recognized or not. Only a
 * proposal under consideration moves, and every other state is final.
 */
public enum ProposalState {
  PROPOSED,
  RETURNED,
  WITHDRAWN,
  RECOGNIZED,
  NOT_RECOGNIZED;

  /** Still before the council: scored, voted on and decided with the round. */
  public boolean isActive() {
    return this == PROPOSED;
  }

  public boolean canTransitionTo(ProposalState next) {
    return isActive() && next != PROPOSED;
  }
}
