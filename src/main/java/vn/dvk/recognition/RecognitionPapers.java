package vn.dvk.recognition;

import static vn.dvk.recognition.PaperNames.levelName;
import static vn.dvk.recognition.PaperNames.ownerKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.recognition.documents.CertificateDocument;
import vn.dvk.recognition.documents.DecisionDocument;
import vn.dvk.recognition.documents.RecognitionDocuments;
import vn.dvk.recognition.documents.SubmissionLetterDocument;
import vn.dvk.recognition.domain.DecisionRepository;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.NotFoundException;
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
  private final PaperNames names;

  RecognitionPapers(
      Recognitions recognitions,
      ReviewRounds rounds,
      DecisionRepository decisions,
      MobilizationModels models,
      RecognitionDocuments documents,
      Scope scope,
      Units units,
      PaperNames names) {
    this.recognitions = recognitions;
    this.rounds = rounds;
    this.decisions = decisions;
    this.models = models;
    this.documents = documents;
    this.scope = scope;
    this.units = units;
    this.names = names;
  }

  /** The decision and its attached list (recognition decisions only). */
  public byte[] decision(long decisionId) {
    var decision = recognitionDecision(decisionId);
    var issuer = names.unit(decision.issuingUnitCode(), decision.date());
    var summaries =
        models.summaries(decision.recognitions().stream().map(RecognitionView::modelId).toList());
    var unitNames = names.unitNames(summaries.values(), decision.date());
    var lines = new ArrayList<DecisionDocument.Line>();
    for (var recognition : decision.recognitions()) {
      var model = summaries.get(recognition.modelId());
      lines.add(
          new DecisionDocument.Line(
              model.title(),
              ownerKind(model.ownerKind()),
              model.personName(),
              unitNames.get(model.unitCode()),
              recognition.outstanding()));
    }
    var level = levelName(decision.level());
    return documents.decision(
        new DecisionDocument(
            issuer.partyCommittee(),
            "Ban Dân vận",
            decision.number(),
            names.place(issuer, decision.date()),
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
    var issuer = names.unit(decision.issuingUnitCode(), decision.date());
    var model = models.summaries(List.of(recognition.modelId())).get(recognition.modelId());
    return documents.certificate(
        new CertificateDocument(
            issuer.partyCommittee(),
            "Ban Dân vận",
            levelName(decision.level()),
            decision.year(),
            model.title(),
            ownerKind(model.ownerKind()),
            model.personName(),
            model.personPosition(),
            names.unit(model.unitCode(), decision.date()).name(),
            decision.number(),
            decision.date(),
            names.place(issuer, decision.date()),
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
    var proposals = sent(roundId, user.unitCode());
    var today = units.today();
    var sender = names.unit(user.unitCode(), today);
    var receiver = names.unit(round.unitCode(), today);
    var summaries = models.summaries(proposals.stream().map(ProposalView::modelId).toList());
    var unitNames = names.unitNames(summaries.values(), today);
    var lines = new ArrayList<SubmissionLetterDocument.Line>();
    for (var proposal : proposals) {
      var model = summaries.get(proposal.modelId());
      var basis = basisDecision(proposal);
      lines.add(
          new SubmissionLetterDocument.Line(
              model.title(),
              ownerKind(model.ownerKind()),
              model.personName(),
              unitNames.get(model.unitCode()),
              basis.map(DecisionView::number).orElse(null),
              basis.map(DecisionView::date).orElse(null)));
    }
    return documents.submissionLetter(
        new SubmissionLetterDocument(
            sender.partyCommittee(),
            "Ban Dân vận",
            sender.level().commissionSymbol(),
            null,
            names.place(sender, today),
            null,
            "Ban Dân vận " + receiver.partyCommittee(),
            levelName(round.level()),
            round.year(),
            "Trưởng ban",
            null,
            lines));
  }

  /** The unit's proposals to the round that still stand (not withdrawn, not returned). */
  private List<ProposalView> sent(long roundId, String unitCode) {
    var proposals =
        rounds.proposals(roundId).stream()
            .filter(p -> p.proposingUnitCode().equals(unitCode))
            .filter(
                p -> p.state() != ProposalState.WITHDRAWN && p.state() != ProposalState.RETURNED)
            .toList();
    if (proposals.isEmpty()) {
      throw new BusinessRuleException("recognition.error.nothing-to-send");
    }
    return proposals;
  }

  /**
   * The decision by which the proposing unit recognized the model, if the proposal rests on one.
   */
  private Optional<DecisionView> basisDecision(ProposalView proposal) {
    return Optional.ofNullable(proposal.basisRecognitionId()).flatMap(decisions::ofRecognition);
  }

  private DecisionView recognitionDecision(long decisionId) {
    var decision = recognitions.decision(decisionId);
    if (decision.kind() != DecisionKind.RECOGNITION) {
      throw new BusinessRuleException("recognition.error.no-document");
    }
    return decision;
  }
}
