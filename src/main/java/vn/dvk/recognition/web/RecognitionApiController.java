package vn.dvk.recognition.web;

import java.math.BigDecimal;
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
import vn.dvk.recognition.CouncilBallots;
import vn.dvk.recognition.RecognitionPapers;
import vn.dvk.recognition.Recognitions;
import vn.dvk.recognition.ReviewRounds;
import vn.dvk.recognition.web.RecognitionJson.DecisionJson;
import vn.dvk.recognition.web.RecognitionJson.ProposalJson;
import vn.dvk.recognition.web.RecognitionJson.RoundJson;
import vn.dvk.recognition.web.RecognitionJson.SheetJson;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.web.ApiPage;

/**
 * Rounds, proposals and decisions as JSON, with the same scope and rules as the pages; council
 * members score and vote through it. Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1")
class RecognitionApiController {

  private final ReviewRounds rounds;
  private final CouncilBallots ballots;
  private final Recognitions recognitions;
  private final RecognitionJson json;
  private final RecognitionPapers papers;

  RecognitionApiController(
      ReviewRounds rounds,
      CouncilBallots ballots,
      Recognitions recognitions,
      RecognitionJson json,
      RecognitionPapers papers) {
    this.rounds = rounds;
    this.ballots = ballots;
    this.recognitions = recognitions;
    this.json = json;
    this.papers = papers;
  }

  record ScoresRequest(Map<String, BigDecimal> scores) {}

  record BallotRequest(Boolean agree, String comment, Map<String, BigDecimal> scores) {}

  @GetMapping("/rounds")
  ApiPage<RoundJson> rounds(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiPage.slice(rounds.visible(year), page, size).map(json::rounds);
  }

  @GetMapping("/rounds/{id}")
  RoundJson round(@PathVariable long id) {
    return json.round(rounds.get(id));
  }

  @GetMapping("/rounds/{id}/proposals")
  ApiPage<ProposalJson> proposals(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiPage.slice(rounds.proposals(id), page, size).map(json::proposals);
  }

  @GetMapping("/proposals/{id}")
  ProposalJson proposal(@PathVariable long id) {
    return json.proposal(rounds.proposal(id));
  }

  /** The letter a unit sends with its proposals to the round. */
  @GetMapping("/rounds/{id}/letter/pdf")
  ResponseEntity<byte[]> letter(@PathVariable long id) {
    return Pdf.inline(papers.submissionLetter(id), "to-trinh-" + id + ".pdf");
  }

  @PutMapping("/proposals/{id}/scores")
  SheetJson score(@PathVariable long id, @RequestBody ScoresRequest request) {
    return RecognitionJson.sheet(
        ballots.score(id, request.scores() == null ? Map.of() : request.scores()));
  }

  @PostMapping("/proposals/{id}/ballot")
  SheetJson ballot(@PathVariable long id, @RequestBody BallotRequest request) {
    if (request.scores() != null && !request.scores().isEmpty()) {
      ballots.score(id, request.scores());
    }
    if (request.agree() == null) {
      throw new InvalidInputException(
          List.of(new Violation("agree", "scoring.error.vote-required")));
    }
    return RecognitionJson.sheet(ballots.submit(id, request.agree(), request.comment()));
  }

  @GetMapping("/decisions")
  ApiPage<DecisionJson> decisions(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiPage.slice(recognitions.decisions(year, unit), page, size).map(json::decisions);
  }

  @GetMapping("/decisions/{id}")
  DecisionJson decision(@PathVariable long id) {
    return json.decision(recognitions.decision(id));
  }

  @GetMapping("/decisions/{id}/pdf")
  ResponseEntity<byte[]> decisionPdf(@PathVariable long id) {
    return Pdf.decision(papers, recognitions.decision(id));
  }

  /** The certificate of one model the decision recognizes. */
  @GetMapping("/decisions/{id}/certificates/{recognitionId}/pdf")
  ResponseEntity<byte[]> certificatePdf(@PathVariable long id, @PathVariable long recognitionId) {
    return Pdf.certificate(papers, recognitions.decision(id), recognitionId);
  }
}
