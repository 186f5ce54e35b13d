package vn.dvk.recognition;

import java.time.Instant;
import vn.dvk.models.OwnerKind;

/**
 * A model proposed to a round: by which unit, resting on which recognition below, with the
 * proposing unit's own consideration (minutes and vote), and where it stands.
 */
public record ProposalView(
    long id,
    int version,
    long roundId,
    long modelId,
    OwnerKind ownerKind,
    String proposingUnitCode,
    ProposalState state,
    String reason,
    Long basisRecognitionId,
    String considerationNote,
    Integer votesFor,
    Integer votesAgainst,
    String proposedBy,
    Instant proposedAt,
    String decidedBy,
    Instant decidedAt) {}
