package vn.dvk.recognition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelSummary;
import vn.dvk.recognition.CouncilBallots.Sheet;
import vn.dvk.recognition.domain.CouncilRepository;
import vn.dvk.recognition.domain.CouncilRepository.Ballot;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.Scoring;
import vn.dvk.shared.NotFoundException;

/**
 * A council member's scoring sheets for a round: the proposals they are assigned (none of their own
 * unit's subtree), each with their own scores and, once they voted on it, the others' scores and
 * votes.
 */
@Component
class ScoringSheets {

  private final ProposalRepository proposals;
  private final CouncilRepository council;
  private final MobilizationModels models;
  private final RoundAccess access;

  ScoringSheets(
      ProposalRepository proposals,
      CouncilRepository council,
      MobilizationModels models,
      RoundAccess access) {
    this.proposals = proposals;
    this.council = council;
    this.models = models;
    this.access = access;
  }

  List<Sheet> of(long roundId) {
    var user = access.member();
    var round = access.readable(user, roundId);
    if (!round.isMember(user.username())) {
      throw new NotFoundException("recognition.error.round-not-found", String.valueOf(roundId));
    }
    var assignments = council.assignments(roundId);
    var members = RoundBoard.usernames(round);
    var list =
        proposals.ofRound(roundId).stream()
            .filter(
                p -> p.state() != ProposalState.WITHDRAWN && p.state() != ProposalState.RETURNED)
            .filter(
                p -> RoundBoard.assignedTo(p.id(), assignments, members).contains(user.username()))
            .toList();
    var summaries = models.summaries(list.stream().map(ProposalView::modelId).toList());
    var conflicts = access.conflicts(round);
    var sheets = new ArrayList<Sheet>();
    var scores = council.scores(roundId);
    var ballots = council.ballots(roundId);
    var recusals = council.recusals(roundId);
    for (var proposal : list) {
      var model = summaries.get(proposal.modelId());
      if (!conflicts.test(user.username(), model.unitCode())) {
        sheets.add(
            sheet(
                user.username(),
                round,
                proposal,
                model,
                scores.getOrDefault(proposal.id(), Map.of()),
                ballots.getOrDefault(proposal.id(), Map.of()),
                recusals.getOrDefault(proposal.id(), Map.of()).get(user.username())));
      }
    }
    return sheets;
  }

  private static Sheet sheet(
      String me,
      RoundView round,
      ProposalView proposal,
      ModelSummary model,
      Map<String, Map<String, BigDecimal>> scores,
      Map<String, Ballot> ballots,
      String myRecusal) {
    var mine = scores.getOrDefault(me, Map.of());
    var myBallot = ballots.get(me);
    var others = new LinkedHashMap<String, Map<String, BigDecimal>>();
    var othersBallots = new LinkedHashMap<String, Ballot>();
    if (myBallot != null) {
      ballots.forEach(
          (member, ballot) -> {
            if (!member.equals(me)) {
              othersBallots.put(member, ballot);
              others.put(member, scores.getOrDefault(member, Map.of()));
            }
          });
    }
    return new Sheet(
        proposal,
        model,
        mine,
        Scoring.weighted(mine, RoundAccess.criteria(round)).orElse(null),
        myBallot,
        myRecusal,
        others,
        othersBallots);
  }
}
