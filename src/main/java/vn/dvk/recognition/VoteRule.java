package vn.dvk.recognition;

/**
 * When a council's vote recognizes a proposal. Only members present at the meeting vote, and a
 * member who recused from a proposal or may not judge it (their own unit's model) is not counted
 * for it.
 */
public enum VoteRule {
  /** More than half of the members present agree (the default). */
  MAJORITY_OF_PRESENT,
  /** At least two thirds of the members present agree. */
  TWO_THIRDS_OF_PRESENT,
  /** More than half of all the council's members agree, present or not. */
  MAJORITY_OF_MEMBERS;

  /**
   * @param agree members present who agreed
   * @param present members present who may vote on the proposal
   * @param members members of the council who may vote on the proposal
   */
  public boolean passes(int agree, int present, int members) {
    return switch (this) {
      case MAJORITY_OF_PRESENT -> present > 0 && agree * 2 > present;
      case TWO_THIRDS_OF_PRESENT -> present > 0 && agree * 3 >= present * 2;
      case MAJORITY_OF_MEMBERS -> members > 0 && agree * 2 > members;
    };
  }
}
