package vn.dvk.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelView;
import vn.dvk.recognition.PaperRounds.PaperProposal;
import vn.dvk.recognition.PaperRounds.PaperResult;
import vn.dvk.recognition.domain.DecisionRepository;
import vn.dvk.recognition.domain.ProposalRepository;
import vn.dvk.recognition.domain.ProposalRules;
import vn.dvk.recognition.domain.ReviewRound;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.RequestRules;
import vn.dvk.shared.Violations;
import vn.dvk.units.Units;

/**
 * Checks a round's result as its paper minutes give it, every row, before anything is written: each
 * row's model (readable, and one a proposal to the round may be made for, or already made), its
 * votes by the round's rules ({@link ReviewRound#minutes()}), the meeting, and the decision when
 * anything is recognized. Collects everything wrong, by field ({@code proposals[2].votesFor}).
 */
@Component
class PaperResultCheck {

  private final ProposalRepository proposals;
  private final DecisionRepository decisions;
  private final MobilizationModels models;
  private final Units units;
  private final RoundProposals proposing;
  private final RequestRules rules;

  PaperResultCheck(
      ProposalRepository proposals,
      DecisionRepository decisions,
      MobilizationModels models,
      Units units,
      RoundProposals proposing,
      RequestRules rules) {
    this.proposals = proposals;
    this.decisions = decisions;
    this.models = models;
    this.units = units;
    this.proposing = proposing;
    this.rules = rules;
  }

  /** A row as checked: its model, the proposal it is (or will be), and what the minutes made it. */
  record Line(
      PaperProposal row,
      ModelView model,
      ProposalView existing,
      ProposalRules.Candidate candidate,
      ProposalRules.Accepted accepted,
      ReviewRound.Verdict verdict) {

    boolean recognized() {
      return verdict != null && verdict.state() == ProposalState.RECOGNIZED;
    }
  }

  /** Each row as checked; refused with everything found wrong, if anything is. */
  List<Line> check(ReviewRound aggregate, PaperResult result) {
    var check =
        Violations.check()
            .including(rules.violations(result))
            .including(
                aggregate
                    .minutes()
                    .meeting(
                        result.meetingDate(),
                        result.decisionDate(),
                        result.councilSize(),
                        units.today()));
    var lines = lines(aggregate, result, check);
    if (lines.stream().anyMatch(Line::recognized)) {
      checkDecision(aggregate.view(), result, check);
    }
    check.refuseAny();
    return lines;
  }

  private List<Line> lines(ReviewRound aggregate, PaperResult result, Violations check) {
    var rows = result.proposals() == null ? List.<PaperProposal>of() : result.proposals();
    check.when(rows.isEmpty(), "proposals", "validation.required");
    var active =
        proposals.ofRound(aggregate.view().id()).stream()
            .filter(p -> p.state().isActive())
            .toList();
    var seen = new HashSet<Long>();
    var lines = new ArrayList<Line>();
    for (int i = 0; i < rows.size(); i++) {
      var field = "proposals[" + i + "]";
      var line = line(aggregate, active, field, rows.get(i), result.councilSize(), check);
      if (line != null && !seen.add(line.model().id())) {
        check.when(true, field + ".modelId", "recognition.error.already-proposed");
      } else if (line != null) {
        lines.add(line);
      }
    }
    // A proposal the units sent to the round is decided with it: the minutes must say how.
    active.stream()
        .filter(p -> !seen.contains(p.modelId()))
        .forEach(
            p ->
                check.when(
                    true, "proposals", "recognition.error.paper-proposal-missing", p.modelId()));
    return lines;
  }

  /** The row as checked, or null when its model cannot be read or may not be proposed. */
  private Line line(
      ReviewRound aggregate,
      List<ProposalView> active,
      String field,
      PaperProposal row,
      Integer councilSize,
      Violations check) {
    var round = aggregate.view();
    var wrongVote = aggregate.minutes().vote(field, row.vote(), councilSize);
    check.including(wrongVote);
    check.including(aggregate.paperDay(field + ".proposedOn", row.proposedOn(), units.today()));
    var model = model(field, row, check);
    if (model == null) {
      return null;
    }
    var verdict =
        wrongVote.isEmpty()
            ? aggregate.minutes().verdict(row.vote(), councilSize, row.reason())
            : null;
    var existing = active.stream().filter(p -> p.modelId() == model.id()).findFirst();
    if (existing.isPresent()) {
      return new Line(row, model, existing.get(), null, null, verdict);
    }
    var candidate = proposing.candidate(null, round, model);
    var accepted = ProposalRules.check(candidate);
    if (!accepted.isAccepted()) {
      var refusal = accepted.refusal();
      check.when(true, field + ".modelId", refusal.messageKey(), refusal.arguments());
      return null;
    }
    return new Line(row, model, null, candidate, accepted.accepted(), verdict);
  }

  private ModelView model(String field, PaperProposal row, Violations check) {
    if (row.modelId() == null && row.registrationId() == null) {
      check.required(field + ".modelId", null);
      return null;
    }
    try {
      return row.modelId() != null
          ? models.get(row.modelId())
          : models.ofRegistration(row.registrationId());
    } catch (LocalizedException unreadable) {
      var named = row.modelId() != null ? ".modelId" : ".registrationId";
      check.when(true, field + named, unreadable.messageKey(), unreadable.arguments());
      return null;
    }
  }

  /** The decision, when anything is recognized: its number (not already used), date and signer. */
  private void checkDecision(RoundView round, PaperResult result, Violations check) {
    check
        .required("decisionNumber", result.decisionNumber())
        .required("decisionDate", result.decisionDate())
        .required("signerName", result.signerName())
        .required("signerTitle", result.signerTitle());
    if (result.decisionNumber() != null && result.decisionDate() != null) {
      var number = result.decisionNumber().trim();
      var year = result.decisionDate().getYear();
      check.when(
          decisions.numberTaken(round.unitCode(), year, number),
          "decisionNumber",
          "recognition.error.decision-number-taken",
          number);
    }
  }
}
