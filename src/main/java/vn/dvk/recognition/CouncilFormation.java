package vn.dvk.recognition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.MobilizationModels;
import vn.dvk.recognition.domain.Assignments;
import vn.dvk.recognition.domain.CouncilRepository;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.RoundRepository;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.Violations;
import vn.dvk.units.Units;

/**
 * A round's reviewer forms its council — users of the round's subtree who may score — and assigns
 * its members to proposals, by hand or spread evenly, never to a model of their own unit's subtree;
 * only while the round is open.
 */
@Service
@Transactional
public class CouncilFormation {

  private final RoundRepository rounds;
  private final ProposalRepository proposals;
  private final CouncilRepository council;
  private final MobilizationModels models;
  private final UserAccounts accounts;
  private final Scope scope;
  private final Units units;
  private final RoundAccess access;
  private final RecognitionAudit audit;

  CouncilFormation(
      RoundRepository rounds,
      ProposalRepository proposals,
      CouncilRepository council,
      MobilizationModels models,
      UserAccounts accounts,
      Scope scope,
      Units units,
      RoundAccess access,
      RecognitionAudit audit) {
    this.rounds = rounds;
    this.proposals = proposals;
    this.council = council;
    this.models = models;
    this.accounts = accounts;
    this.scope = scope;
    this.units = units;
    this.access = access;
    this.audit = audit;
  }

  /** Forms the council: users of the round's subtree who may score proposals. */
  public RoundView setMembers(long roundId, Collection<String> usernames, int version) {
    var user = access.reviewer();
    var aggregate = access.managed(user, roundId, version);
    aggregate.requireOpen();
    var round = aggregate.view();
    var members = new LinkedHashSet<String>();
    for (var username : usernames) {
      var account =
          accounts
              .findByUsername(username.trim())
              .filter(a -> a.role().allows(Permission.PROPOSALS_SCORE))
              .filter(a -> scope.liesWithin(a.unitCode(), round.unitCode(), units.today()))
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "recognition.error.not-a-council-member", username));
      members.add(account.username());
    }
    if (!rounds.replaceMembers(round, members)) {
      throw new ConflictException("recognition.error.round-changed");
    }
    var after = access.load(roundId);
    audit.record(
        user,
        "COUNCIL_FORMED",
        RoundAdministration.ROUND,
        roundId,
        round.unitCode(),
        String.join(", ", members),
        RecognitionAudit.fields("members", RoundBoard.usernames(round)),
        RecognitionAudit.fields("members", RoundBoard.usernames(after)));
    return after;
  }

  /** Assigns members to a proposal by hand; none of them may be from the model's unit. */
  public void assign(long proposalId, Collection<String> usernames) {
    var user = access.reviewer();
    var proposal = access.loadProposal(proposalId);
    var aggregate = access.managed(user, proposal.roundId(), null);
    aggregate.requireOpen();
    var round = aggregate.view();
    var model = access.summary(proposal.modelId());
    var conflicts = access.conflicts(round);
    var chosen = new TreeSet<String>();
    for (var username : usernames) {
      if (!round.isMember(username)) {
        throw new BusinessRuleException("recognition.error.not-a-council-member", username);
      }
      if (conflicts.test(username, model.unitCode())) {
        throw new BusinessRuleException("recognition.error.conflict-of-interest", username);
      }
      chosen.add(username);
    }
    council.assign(proposalId, chosen);
    audit.record(
        user,
        "MEMBERS_ASSIGNED",
        ProposalMoves.PROPOSAL,
        proposalId,
        round.unitCode(),
        String.join(", ", chosen),
        null,
        RecognitionAudit.fields("members", chosen));
  }

  /** Spreads the round's proposals evenly over its council, {@code perProposal} members each. */
  public Map<Long, Set<String>> spreadEvenly(long roundId, int perProposal) {
    Violations.check().when(perProposal < 1, "perProposal", "validation.at-least-one").refuseAny();
    var user = access.reviewer();
    var aggregate = access.managed(user, roundId, null);
    aggregate.requireOpen();
    var round = aggregate.view();
    var active = proposals.ofRound(roundId).stream().filter(p -> p.state().isActive()).toList();
    var summaries = models.summaries(active.stream().map(ProposalView::modelId).toList());
    var unitOf = new LinkedHashMap<Long, String>();
    active.forEach(p -> unitOf.put(p.id(), summaries.get(p.modelId()).unitCode()));
    var conflicts = access.conflicts(round);
    var spread =
        Assignments.spread(
            active.stream().map(ProposalView::id).toList(),
            RoundBoard.usernames(round),
            perProposal,
            (member, proposal) -> !conflicts.test(member, unitOf.get(proposal)));
    spread.forEach(council::assign);
    audit.record(
        user,
        "MEMBERS_SPREAD",
        RoundAdministration.ROUND,
        roundId,
        round.unitCode(),
        String.valueOf(perProposal),
        null,
        RecognitionAudit.fields("perProposal", perProposal, "assignments", spread));
    return spread;
  }
}
