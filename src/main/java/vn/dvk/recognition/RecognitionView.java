package vn.dvk.recognition;

import vn.dvk.models.OwnerKind;
import vn.dvk.units.Level;

/**
 * A model recognized at a level by a unit's decision, through a round; revoked or standing; named
 * outstanding (tiêu biểu) by the decision or not.
 */
public record RecognitionView(
    long id,
    long modelId,
    OwnerKind ownerKind,
    Level level,
    String unitCode,
    int year,
    long decisionId,
    String decisionNumber,
    long roundId,
    long proposalId,
    Long revokedByDecisionId,
    boolean outstanding) {

  public boolean isStanding() {
    return revokedByDecisionId == null;
  }
}
