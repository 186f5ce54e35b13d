package vn.dvk.recognition;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.dvk.identity.CurrentUser;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.i18n.Message;

/**
 * Moves a proposal from one state to another, as {@link ProposalState#canTransitionTo} allows, on
 * the version the change was made on, and records it in the audit log.
 */
@Component
class ProposalMoves {

  static final String PROPOSAL = "PROPOSAL";

  private final ProposalRepository proposals;
  private final RoundAccess access;
  private final RecognitionAudit audit;
  private final Clock clock;

  ProposalMoves(
      ProposalRepository proposals, RoundAccess access, RecognitionAudit audit, Clock clock) {
    this.proposals = proposals;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Why: the reviewer's own words, or a sentence kept as a message; either may be null. */
  record Why(String text, Message message) {
    static Why none() {
      return new Why(null, null);
    }

    static Why typed(String text) {
      return new Why(text, null);
    }
  }

  /** Moves a proposal of {@code round} (already read by the caller), now. */
  ProposalView move(
      CurrentUser user,
      RoundView round,
      ProposalView proposal,
      int version,
      ProposalState to,
      Why why,
      String action) {
    return move(user, round, proposal, version, to, why, action, clock.instant());
  }

  /** Moves a proposal as of {@code at}: the day its paper record gives, for a recorded round. */
  ProposalView move(
      CurrentUser user,
      RoundView round,
      ProposalView proposal,
      int version,
      ProposalState to,
      Why why,
      String action,
      Instant at) {
    if (proposal.version() != version || !proposal.state().canTransitionTo(to)) {
      throw new ConflictException("recognition.error.proposal-changed");
    }
    if (!proposals.transition(proposal, to, why.text(), why.message(), user.username(), at)) {
      throw new ConflictException("recognition.error.proposal-changed");
    }
    var after = access.loadProposal(proposal.id());
    var said = why.message() == null ? why.text() : why.message().key();
    audit.record(
        user,
        action,
        PROPOSAL,
        proposal.id(),
        round.unitCode(),
        said,
        RecognitionAudit.fields("state", proposal.state()),
        why.message() == null
            ? RecognitionAudit.fields("state", to, "reason", said)
            : RecognitionAudit.fields(
                "state", to, "reason", said, "arguments", why.message().arguments()));
    return after;
  }
}
