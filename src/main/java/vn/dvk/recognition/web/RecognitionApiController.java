package vn.dvk.recognition.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelSummary;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.DecisionKind;
import vn.dvk.recognition.DecisionView;
import vn.dvk.recognition.ProposalState;
import vn.dvk.recognition.ProposalView;
import vn.dvk.recognition.RecognitionPapers;
import vn.dvk.recognition.Recognitions;
import vn.dvk.recognition.ReviewRounds;
import vn.dvk.recognition.RoundState;
import vn.dvk.recognition.RoundView;
import vn.dvk.recognition.VoteRule;
import vn.dvk.units.Level;

/**
 * Rounds, proposals and decisions as JSON, with the same scope and rules as the pages; council
 * members score and vote through it. Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1")
class RecognitionApiController {

  private final ReviewRounds rounds;
  private final Recognitions recognitions;
  private final MobilizationModels models;
  private final UnitNames unitNames;
  private final RecognitionPapers papers;

  RecognitionApiController(
      ReviewRounds rounds,
      Recognitions recognitions,
      MobilizationModels models,
      UnitNames unitNames,
      RecognitionPapers papers) {
    this.rounds = rounds;
    this.recognitions = recognitions;
    this.models = models;
    this.unitNames = unitNames;
    this.papers = papers;
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
      Long decisionId) {}

  record ModelRef(long id, String title, OwnerKind ownerKind, UnitRef unit) {}

  record ProposalJson(
      long id,
      int version,
      long roundId,
      ModelRef model,
      UnitRef proposingUnit,
      ProposalState state,
      String reason,
      Long basisRecognitionId) {}

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

  record ScoresRequest(Map<String, BigDecimal> scores) {}

  record BallotRequest(Boolean agree, String comment, Map<String, BigDecimal> scores) {}

  record SheetJson(
      long proposalId,
      Map<String, BigDecimal> myScores,
      BigDecimal myScore,
      Boolean agree,
      Map<String, Map<String, BigDecimal>> othersScores) {}

  @GetMapping("/rounds")
  List<RoundJson> rounds(@RequestParam(required = false) Integer year) {
    var list = rounds.visible(year);
    var names = unitNames.full(list.stream().map(RoundView::unitCode).toList());
    return list.stream().map(r -> round(r, names)).toList();
  }

  @GetMapping("/rounds/{id}")
  RoundJson round(@PathVariable long id) {
    var round = rounds.get(id);
    return round(round, unitNames.full(List.of(round.unitCode())));
  }

  @GetMapping("/rounds/{id}/proposals")
  List<ProposalJson> proposals(@PathVariable long id) {
    return proposals(rounds.proposals(id));
  }

  @PutMapping("/proposals/{id}/scores")
  SheetJson score(@PathVariable long id, @RequestBody ScoresRequest request) {
    return sheet(rounds.score(id, request.scores() == null ? Map.of() : request.scores()));
  }

  @PostMapping("/proposals/{id}/ballot")
  SheetJson ballot(@PathVariable long id, @RequestBody BallotRequest request) {
    if (request.scores() != null && !request.scores().isEmpty()) {
      rounds.score(id, request.scores());
    }
    if (request.agree() == null) {
      throw new vn.dvk.shared.InvalidInputException(
          List.of(
              new vn.dvk.shared.InvalidInputException.Violation(
                  "agree", "scoring.error.vote-required")));
    }
    return sheet(rounds.submit(id, request.agree(), request.comment()));
  }

  @GetMapping("/decisions")
  List<DecisionJson> decisions(
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String unit) {
    return decisions(recognitions.decisions(year, unit));
  }

  @GetMapping("/decisions/{id}")
  DecisionJson decision(@PathVariable long id) {
    return decisions(List.of(recognitions.decision(id))).get(0);
  }

  @GetMapping("/decisions/{id}/pdf")
  ResponseEntity<byte[]> decisionPdf(@PathVariable long id) {
    var decision = recognitions.decision(id);
    return Pdf.inline(papers.decision(id), Pdf.name("quyet-dinh", decision.number()));
  }

  private List<DecisionJson> decisions(List<DecisionView> list) {
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

  private List<ProposalJson> proposals(List<ProposalView> list) {
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
                    p.reason(),
                    p.basisRecognitionId()))
        .toList();
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
        r.decisionId());
  }

  private static SheetJson sheet(ReviewRounds.Sheet sheet) {
    return new SheetJson(
        sheet.proposal().id(),
        sheet.myScores(),
        sheet.myScore(),
        sheet.myBallot() == null ? null : sheet.myBallot().agree(),
        sheet.othersScores());
  }
}
