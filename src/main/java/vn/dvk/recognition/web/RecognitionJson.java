package vn.dvk.recognition.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelSummary;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.CouncilBallots;
import vn.dvk.recognition.DecisionKind;
import vn.dvk.recognition.DecisionView;
import vn.dvk.recognition.ProposalState;
import vn.dvk.recognition.ProposalView;
import vn.dvk.recognition.RoundState;
import vn.dvk.recognition.RoundView;
import vn.dvk.recognition.VoteRule;
import vn.dvk.units.Level;

/**
 * Rounds, proposals, decisions and ballots as the API shows them: each with the names of the units
 * and the titles of the models it refers to, read once per list rather than once per line.
 */
@Component
class RecognitionJson {

  private final MobilizationModels models;
  private final UnitNames unitNames;
  private final MessageSource messages;

  RecognitionJson(MobilizationModels models, UnitNames unitNames, MessageSource messages) {
    this.models = models;
    this.unitNames = unitNames;
    this.messages = messages;
  }

  /** Why a proposal was returned or not recognized, in the reader's language. */
  private String reason(ProposalView proposal) {
    var message = proposal.reasonMessage();
    return message == null
        ? proposal.reason()
        : messages.getMessage(
            message.key(), message.argumentArray(), LocaleContextHolder.getLocale());
  }

  record UnitRef(String code, String name) {}

  record RoundJson(
      long id,
      int version,
      UnitRef unit,
      Level level,
      int year,
      String title,
      LocalDate proposalDeadline,
      RoundState state,
      VoteRule voteRule,
      int scaleMin,
      int scaleMax,
      List<RoundView.CriterionView> criteria,
      List<RoundView.MemberView> members,
      LocalDate meetingDate,
      Long decisionId,
      boolean recordedFromPaper,
      String recordedBy,
      Integer councilSize) {}

  record ModelRef(long id, String title, OwnerKind ownerKind, UnitRef unit) {}

  record ProposalJson(
      long id,
      int version,
      long roundId,
      ModelRef model,
      UnitRef proposingUnit,
      ProposalState state,
      String reason,
      Long basisRecognitionId,
      Instant proposedAt,
      ProposalView.CouncilVotes councilVotes) {}

  record DecisionJson(
      long id,
      String number,
      LocalDate date,
      DecisionKind kind,
      Level level,
      UnitRef issuingUnit,
      String signerName,
      String signerTitle,
      Long roundId,
      List<ModelRef> models) {}

  record SheetJson(
      long proposalId,
      Map<String, BigDecimal> myScores,
      BigDecimal myScore,
      Boolean agree,
      String myRecusal,
      Map<String, Map<String, BigDecimal>> othersScores) {}

  List<RoundJson> rounds(List<RoundView> list) {
    var names = unitNames.full(list.stream().map(RoundView::unitCode).toList());
    return list.stream().map(r -> round(r, names)).toList();
  }

  RoundJson round(RoundView round) {
    return rounds(List.of(round)).get(0);
  }

  List<ProposalJson> proposals(List<ProposalView> list) {
    var summaries = models.summaries(list.stream().map(ProposalView::modelId).toList());
    var codes = new HashSet<String>();
    list.forEach(p -> codes.add(p.proposingUnitCode()));
    summaries.values().forEach(s -> codes.add(s.unitCode()));
    var names = unitNames.full(codes);
    return list.stream()
        .map(
            p ->
                new ProposalJson(
                    p.id(),
                    p.version(),
                    p.roundId(),
                    model(summaries.get(p.modelId()), names),
                    new UnitRef(p.proposingUnitCode(), names.get(p.proposingUnitCode())),
                    p.state(),
                    reason(p),
                    p.basisRecognitionId(),
                    p.proposedAt(),
                    p.councilVotes()))
        .toList();
  }

  ProposalJson proposal(ProposalView proposal) {
    return proposals(List.of(proposal)).get(0);
  }

  List<DecisionJson> decisions(List<DecisionView> list) {
    var summaries =
        models.summaries(
            list.stream().flatMap(d -> d.recognitions().stream()).map(r -> r.modelId()).toList());
    var codes = new HashSet<String>();
    list.forEach(d -> codes.add(d.issuingUnitCode()));
    summaries.values().forEach(s -> codes.add(s.unitCode()));
    var names = unitNames.full(codes);
    return list.stream()
        .map(
            d ->
                new DecisionJson(
                    d.id(),
                    d.number(),
                    d.date(),
                    d.kind(),
                    d.level(),
                    new UnitRef(d.issuingUnitCode(), names.get(d.issuingUnitCode())),
                    d.signerName(),
                    d.signerTitle(),
                    d.roundId(),
                    d.recognitions().stream()
                        .map(r -> model(summaries.get(r.modelId()), names))
                        .toList()))
        .toList();
  }

  DecisionJson decision(DecisionView decision) {
    return decisions(List.of(decision)).get(0);
  }

  static SheetJson sheet(CouncilBallots.Sheet sheet) {
    return new SheetJson(
        sheet.proposal().id(),
        sheet.myScores(),
        sheet.myScore(),
        sheet.myBallot() == null ? null : sheet.myBallot().agree(),
        sheet.myRecusal(),
        sheet.othersScores());
  }

  private static ModelRef model(ModelSummary summary, Map<String, String> names) {
    return new ModelRef(
        summary.id(),
        summary.title(),
        summary.ownerKind(),
        new UnitRef(summary.unitCode(), names.get(summary.unitCode())));
  }

  private static RoundJson round(RoundView r, Map<String, String> names) {
    return new RoundJson(
        r.id(),
        r.version(),
        new UnitRef(r.unitCode(), names.get(r.unitCode())),
        r.level(),
        r.year(),
        r.title(),
        r.proposalDeadline(),
        r.state(),
        r.voteRule(),
        r.scaleMin(),
        r.scaleMax(),
        r.criteria(),
        r.members(),
        r.meetingDate(),
        r.decisionId(),
        r.isRecorded(),
        r.isRecorded() ? r.paper().recordedBy() : null,
        r.isRecorded() ? r.paper().councilSize() : null);
  }
}
