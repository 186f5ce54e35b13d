package vn.dvk.recognition;

import java.time.Instant;
import vn.dvk.models.OwnerKind;
import vn.dvk.shared.i18n.Message;

/**
 * A model proposed to a round: by which unit, resting on which recognition below, with the
 * proposing unit's own consideration (minutes and vote), and where it stands. Why it was returned
 * or not recognized is either the reviewer's own words ({@code reason}) or a sentence the
 * application wrote ({@code reasonMessage}), shown in the reader's language. A proposal of a round
 * recorded from paper has its council's votes as the minutes give them ({@code councilVotes}).
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
    Message reasonMessage,
    Long basisRecognitionId,
    String considerationNote,
    Integer votesFor,
    Integer votesAgainst,
    String proposedBy,
    Instant proposedAt,
    String decidedBy,
    Instant decidedAt,
    CouncilVotes councilVotes) {

  /** The council's votes on the proposal as the paper minutes give them. */
  public record CouncilVotes(Integer votesFor, Integer votesAgainst) {}
}
