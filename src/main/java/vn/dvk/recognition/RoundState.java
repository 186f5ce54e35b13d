package vn.dvk.recognition;

/**
 * Where a round stands: taking proposals (until its deadline) and scores, then with its meeting
 * recorded, then decided (its decision issued, or concluded with none recognized). A round only
 * moves forward, one step at a time.
 */
public enum RoundState {
  OPEN,
  MEETING_HELD,
  DECIDED;

  public boolean canTransitionTo(RoundState next) {
    return next.ordinal() == ordinal() + 1;
  }
}
