package vn.dvk.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelSummary;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.documents.CertificateDocument;
import vn.dvk.recognition.documents.DecisionDocument;
import vn.dvk.recognition.documents.RecognitionDocuments;
import vn.dvk.recognition.documents.SubmissionLetterDocument;
import vn.dvk.recognition.domain.DecisionNumbers;
import vn.dvk.recognition.domain.DecisionRepository;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.Level;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * The module's official papers as PDF, always in Vietnamese: a recognition decision with its list,
 * a recognized model's certificate, and a unit's submission letter to a round. Each is read with
 * the same scope as its page.
 */
@Service
@Transactional(readOnly = true)
public class RecognitionPapers {

  private final Recognitions recognitions;
  private final ReviewRounds rounds;
  private final DecisionRepository decisions;
  private final MobilizationModels models;
  private final RecognitionDocuments documents;
  private final Scope scope;
  private final Units units;

  RecognitionPapers(
      Recognitions recognitions,
      ReviewRounds rounds,
      DecisionRepository decisions,
      MobilizationModels models,
      RecognitionDocuments documents,
      Scope scope,
      Units units) {
    this.recognitions = recognitions;
    this.rounds = rounds;
    this.decisions = decisions;
    this.models = models;
    this.documents = documents;
    this.scope = scope;
    this.units = units;
  }

  /** The decision and its attached list (recognition decisions only). */
  public byte[] decision(long decisionId) {
    var decision = recognitionDecision(decisionId);
    var issuer = unit(decision.issuingUnitCode(), decision.date());
    var summaries =
        models.summaries(decision.recognitions().stream().map(RecognitionView::modelId).toList());
    var names = names(summaries.values(), decision.date());
    var lines = new ArrayList<DecisionDocument.Line>();
    for (var recognition : decision.recognitions()) {
      var model = summaries.get(recognition.modelId());
      lines.add(
          new DecisionDocument.Line(
              model.title(),
              ownerKind(model.ownerKind()),
              model.personName(),
              names.get(model.unitCode())));
    }
    var level = levelName(decision.level());
    return documents.decision(
        new DecisionDocument(
            committee(issuer),
            "Ban Dân vận",
            decision.number(),
            place(issuer, decision.date()),
            decision.date(),
            "Về việc công nhận mô hình “Dân vận khéo” " + level + " năm " + decision.year(),
            List.of(
                "Căn cứ Chỉ thị số 08 của Ban Dân vận Tỉnh ủy về xây dựng mô hình “Dân vận khéo”"
                    + " giai đoạn 2021 – 2025;",
                "Xét đề nghị của Hội đồng xét công nhận mô hình “Dân vận khéo” "
                    + level
                    + " năm "
                    + decision.year()
                    + ","),
            level,
            decision.year(),
            decision.signerTitle(),
            decision.signerName(),
            lines));
  }

  /** The certificate of one model the decision recognized. */
  public byte[] certificate(long decisionId, long recognitionId) {
    var decision = recognitionDecision(decisionId);
    var recognition =
        decision.recognitions().stream()
            .filter(r -> r.id() == recognitionId)
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "recognition.error.recognition-not-found", String.valueOf(recognitionId)));
    var issuer = unit(decision.issuingUnitCode(), decision.date());
    var model = models.summaries(List.of(recognition.modelId())).get(recognition.modelId());
    return documents.certificate(
        new CertificateDocument(
            committee(issuer),
            "Ban Dân vận",
            levelName(decision.level()),
            decision.year(),
            model.title(),
            ownerKind(model.ownerKind()),
            model.personName(),
            model.personPosition(),
            unit(model.unitCode(), decision.date()).name(),
            decision.number(),
            decision.date(),
            place(issuer, decision.date()),
            decision.date(),
            decision.signerTitle(),
            decision.signerName()));
  }

  /**
   * The letter by which the user's unit sends its proposals to a round, listing each with the
   * decision of the unit's own that recognized it; the number, date and signer are left for the
   * unit to fill in.
   */
  public byte[] submissionLetter(long roundId) {
    var user = scope.requireUser();
    var round = rounds.get(roundId);
    var proposals =
        rounds.proposals(roundId).stream()
            .filter(p -> p.proposingUnitCode().equals(user.unitCode()))
            .filter(
                p -> p.state() != ProposalState.WITHDRAWN && p.state() != ProposalState.RETURNED)
            .toList();
    if (proposals.isEmpty()) {
      throw new BusinessRuleException("recognition.error.nothing-to-send");
    }
    var today = units.today();
    var sender = unit(user.unitCode(), today);
    var receiver = unit(round.unitCode(), today);
    var summaries = models.summaries(proposals.stream().map(ProposalView::modelId).toList());
    var names = names(summaries.values(), today);
    var lines = new ArrayList<SubmissionLetterDocument.Line>();
    for (var proposal : proposals) {
      var model = summaries.get(proposal.modelId());
      var basis =
          proposal.basisRecognitionId() == null
              ? null
              : decisions.recognition(proposal.basisRecognitionId()).orElse(null);
      var basisDecision = basis == null ? null : decisions.find(basis.decisionId()).orElse(null);
      lines.add(
          new SubmissionLetterDocument.Line(
              model.title(),
              ownerKind(model.ownerKind()),
              model.personName(),
              names.get(model.unitCode()),
              basisDecision == null ? null : basisDecision.number(),
              basisDecision == null ? null : basisDecision.date()));
    }
    return documents.submissionLetter(
        new SubmissionLetterDocument(
            committee(sender),
            "Ban Dân vận",
            DecisionNumbers.symbol(sender.level()),
            null,
            place(sender, today),
            null,
            "Ban Dân vận " + committee(receiver),
            levelName(round.level()),
            round.year(),
            "Trưởng ban",
            null,
            lines));
  }

  private DecisionView recognitionDecision(long decisionId) {
    var decision = recognitions.decision(decisionId);
    if (decision.kind() != DecisionKind.RECOGNITION) {
      throw new BusinessRuleException("recognition.error.no-document");
    }
    return decision;
  }

  private UnitView unit(String code, LocalDate date) {
    return units
        .findOnOrLatest(code, date)
        .orElseThrow(() -> new NotFoundException("units.error.not-found", code));
  }

  private Map<String, String> names(java.util.Collection<ModelSummary> summaries, LocalDate date) {
    var codes = new HashSet<String>();
    summaries.forEach(s -> codes.add(s.unitCode()));
    var result = new java.util.HashMap<String, String>();
    units.versionsOn(codes, date).forEach((code, unit) -> result.put(code, unit.name()));
    codes.forEach(code -> result.putIfAbsent(code, code));
    return result;
  }

  /** The party committee a unit's commission belongs to, as documents name it. */
  static String committee(UnitView unit) {
    var name = unit.shortName() == null ? unit.name() : unit.shortName();
    return switch (unit.kind()) {
      case NATION -> "Trung ương";
      case PROVINCE -> "Tỉnh ủy " + name;
      case CITY -> "Thành ủy " + name;
      case TOWN -> "Thị ủy " + name;
      case DISTRICT -> "Huyện ủy " + name;
      default -> unit.name().replaceFirst("^Đảng bộ", "Đảng ủy");
    };
  }

  /** Where the unit's papers are dated: its province. */
  private String place(UnitView unit, LocalDate date) {
    return units.chain(unit.code(), date).stream()
        .filter(u -> u.kind() == UnitKind.PROVINCE)
        .map(u -> u.shortName() == null ? u.name() : u.shortName())
        .findFirst()
        .orElse(unit.shortName() == null ? unit.name() : unit.shortName());
  }

  static String levelName(Level level) {
    return switch (level) {
      case GRASSROOTS -> "cấp cơ sở";
      case DISTRICT -> "cấp huyện";
      case PROVINCE -> "cấp tỉnh";
      case CENTRAL -> "cấp Trung ương";
    };
  }

  private static String ownerKind(OwnerKind kind) {
    return kind == OwnerKind.INDIVIDUAL ? "Cá nhân" : "Tập thể";
  }
}
