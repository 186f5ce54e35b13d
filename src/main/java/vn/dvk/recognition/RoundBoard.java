package vn.dvk.recognition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelSummary;
import vn.dvk.recognition.ReviewRounds.Basis;
import vn.dvk.recognition.ReviewRounds.Entry;
import vn.dvk.recognition.domain.CouncilRepository;
import vn.dvk.recognition.domain.CouncilRepository.Ballot;
import vn.dvk.recognition.domain.CouncilVote;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.RecognitionReads;
import vn.dvk.recognition.domain.Scoring;

/**
 * The round's proposals as its reviewer weighs them: each with its council's average weighted
 * score, who has not scored yet, who stepped aside, the vote under the round's rule once the
 * meeting is recorded, and the recognition below it that it rests on; best score first.
 */
@Component
class RoundBoard {

  private final ProposalRepository proposals;
  private final CouncilRepository council;
  private final RecognitionReads recognitions;
  private final MobilizationModels models;
  private final RoundAccess access;

  RoundBoard(
      ProposalRepository proposals,
      CouncilRepository council,
      RecognitionReads recognitions,
      MobilizationModels models,
      RoundAccess access) {
    this.proposals = proposals;
    this.council = council;
    this.recognitions = recognitions;
    this.models = models;
    this.access = access;
  }

  /** What the round's council did with these proposals, read once for the whole round. */
  private record Council(
      RoundView round,
      List<String> members,
      Set<String> present,
      Map<Long, Set<String>> assignments,
      Map<Long, Map<String, String>> recusals,
      Map<Long, Map<String, Map<String, BigDecimal>>> scores,
      Map<Long, Map<String, Ballot>> ballots,
      List<Scoring.Criterion> criteria,
      BiPredicate<String, String> conflicts) {}

  List<Entry> entries(RoundView round, List<ProposalView> list) {
    var council = council(round);
    var summaries = models.summaries(list.stream().map(ProposalView::modelId).toList());
    var entries = new ArrayList<Entry>();
    for (var proposal : list) {
      entries.add(entry(council, proposal, summaries.get(proposal.modelId())));
    }
    entries.sort(
        Comparator.comparing(
                (Entry e) -> e.score() == null ? BigDecimal.valueOf(-1) : e.score(),
                Comparator.reverseOrder())
            .thenComparing(e -> e.proposal().id()));
    return entries;
  }

  /**
   * Whether a proposal may still be recognized when the decision is issued: the recognition it
   * rests on still stands, and the round's unit has not recognized the model meanwhile.
   */
  boolean stillStanding(ProposalView proposal, RoundView round) {
    var held = recognitions.ofModel(proposal.modelId());
    var basisStands =
        proposal.basisRecognitionId() == null
            || held.stream()
                .anyMatch(r -> r.id() == proposal.basisRecognitionId() && r.isStanding());
    var alreadyHere =
        held.stream().anyMatch(r -> r.isStanding() && r.unitCode().equals(round.unitCode()));
    return basisStands && !alreadyHere;
  }

  /** Until the reviewer assigns members, the whole council judges every proposal. */
  static Set<String> assignedTo(
      long proposalId, Map<Long, Set<String>> assignments, List<String> members) {
    var assigned = assignments.get(proposalId);
    return assigned == null || assigned.isEmpty() ? new LinkedHashSet<>(members) : assigned;
  }

  static List<String> usernames(RoundView round) {
    return round.members().stream().map(RoundView.MemberView::username).toList();
  }

  private Council council(RoundView round) {
    var present =
        round.members().stream()
            .filter(m -> Boolean.TRUE.equals(m.present()))
            .map(RoundView.MemberView::username)
            .collect(Collectors.toSet());
    return new Council(
        round,
        usernames(round),
        present,
        council.assignments(round.id()),
        council.recusals(round.id()),
        council.scores(round.id()),
        council.ballots(round.id()),
        RoundAccess.criteria(round),
        access.conflicts(round));
  }

  private Entry entry(Council council, ProposalView proposal, ModelSummary model) {
    var assigned = assignedTo(proposal.id(), council.assignments(), council.members());
    var recused = council.recusals().getOrDefault(proposal.id(), Map.of());
    var submitted = council.ballots().getOrDefault(proposal.id(), Map.of());
    var scores = council.scores().getOrDefault(proposal.id(), Map.of());
    var memberScores = new ArrayList<BigDecimal>();
    for (var member : submitted.keySet()) {
      Scoring.weighted(scores.getOrDefault(member, Map.of()), council.criteria())
          .ifPresent(memberScores::add);
    }
    var waiting = new TreeSet<String>();
    for (var member : assigned) {
      if (!submitted.containsKey(member) && !recused.containsKey(member)) {
        waiting.add(member);
      }
    }
    return new Entry(
        proposal,
        model,
        Scoring.average(memberScores).orElse(null),
        memberScores.size(),
        assigned,
        waiting,
        recused,
        outcome(council, model, assigned, recused, submitted),
        basis(proposal));
  }

  /** The vote, once the meeting is recorded: members who recused or may not judge are left out. */
  private static CouncilVote.Outcome outcome(
      Council council,
      ModelSummary model,
      Set<String> assigned,
      Map<String, String> recused,
      Map<String, Ballot> submitted) {
    if (council.round().state() == RoundState.OPEN) {
      return null;
    }
    var excluded = new HashSet<>(recused.keySet());
    council.members().stream()
        .filter(m -> council.conflicts().test(m, model.unitCode()))
        .forEach(excluded::add);
    var votes = new LinkedHashMap<String, Boolean>();
    submitted.forEach((member, ballot) -> votes.put(member, ballot.agree()));
    return CouncilVote.count(
        new HashSet<>(council.members()),
        assigned,
        council.present(),
        excluded,
        votes,
        council.round().voteRule());
  }

  private Basis basis(ProposalView proposal) {
    if (proposal.basisRecognitionId() == null) {
      return null;
    }
    return recognitions
        .recognition(proposal.basisRecognitionId())
        .map(
            recognition -> {
              var below = proposals.find(recognition.proposalId()).orElse(null);
              return new Basis(
                  recognition.id(),
                  recognition.decisionId(),
                  recognition.decisionNumber(),
                  recognition.unitCode(),
                  below == null ? null : below.considerationNote(),
                  below == null ? null : below.votesFor(),
                  below == null ? null : below.votesAgainst());
            })
        .orElse(null);
  }
}
