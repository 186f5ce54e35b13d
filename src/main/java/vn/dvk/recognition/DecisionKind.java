package vn.dvk.recognition;

/** What a numbered decision does. */
public enum DecisionKind {
  /** Recognizes models at the issuing unit's level (công nhận). */
  RECOGNITION,
  /** Commends recognized models (khen thưởng). */
  COMMENDATION,
  /** Ends a recognition, with its reason. */
  REVOCATION
}
