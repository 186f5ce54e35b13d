package vn.dvk.recognition.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.recognition.PaperRounds;
import vn.dvk.recognition.ReviewRounds;
import vn.dvk.recognition.web.RecognitionJson.RoundJson;
import vn.dvk.shared.web.ApiInput;

/**
 * A round held before the system, recorded from its paper minutes in one call (the round is opened
 * with {@code "recordedFromPaper": true} by {@code POST /api/v1/rounds}): its proposals with the
 * council's votes, the meeting and the decision. All or nothing; refused rows are listed by field,
 * {@code proposals[2].votesFor}.
 */
@RestController
@RequestMapping("/api/v1")
class PaperRoundsApiController {

  private final ReviewRounds rounds;
  private final PaperRounds paper;
  private final RecognitionJson json;

  PaperRoundsApiController(ReviewRounds rounds, PaperRounds paper, RecognitionJson json) {
    this.rounds = rounds;
    this.paper = paper;
    this.json = json;
  }

  /** The minutes' result and the round's {@code version} read. */
  record PaperRequest(
      Integer version,
      LocalDate meetingDate,
      String meetingPlace,
      Integer councilSize,
      String decisionNumber,
      LocalDate decisionDate,
      String signerName,
      String signerTitle,
      List<PaperRounds.PaperProposal> proposals) {

    PaperRounds.PaperResult result() {
      return new PaperRounds.PaperResult(
          meetingDate,
          meetingPlace,
          councilSize,
          decisionNumber,
          decisionDate,
          signerName,
          signerTitle,
          proposals);
    }
  }

  /**
   * Records the round's result: 201 with the decision's address when it recognizes any model, else
   * 200. Answers the round, decided.
   */
  @PostMapping("/rounds/{id}/paper-result")
  ResponseEntity<RoundJson> record(
      @PathVariable long id, @RequestBody(required = false) PaperRequest request) {
    rounds.get(id);
    if (request == null || request.version() == null) {
      throw ApiInput.required("version");
    }
    var round = paper.record(id, request.result(), request.version());
    if (round.decisionId() == null) {
      return ResponseEntity.ok(json.round(round));
    }
    return ResponseEntity.created(java.net.URI.create("/api/v1/decisions/" + round.decisionId()))
        .body(json.round(round));
  }
}
