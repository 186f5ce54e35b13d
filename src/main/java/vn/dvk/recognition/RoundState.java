package vn.dvk.recognition;

/**
 * Where a round stands: taking proposals (until its deadline) and scores, then with its meeting
 * recorded, then decided (its decision issued, or concluded with none recognized).
 */
public enum RoundState {
  OPEN,
  MEETING_HELD,
  DECIDED
}
