package vn.dvk.recognition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recognized model proposed for a commendation (khen thưởng) and, once the commending body
 * decides, that decision: its number in the body's own series, date, issuer and signer.
 */
public record CommendationView(
    long id,
    int version,
    long recognitionId,
    long modelId,
    String form,
    State state,
    String proposedBy,
    Instant proposedAt,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionIssuer,
    String decisionSigner,
    String reason,
    String decidedBy,
    Instant decidedAt) {

  /** Proposed, then awarded by the commending body's decision or declined with a reason. */
  public enum State {
    PROPOSED,
    AWARDED,
    DECLINED
  }
}
