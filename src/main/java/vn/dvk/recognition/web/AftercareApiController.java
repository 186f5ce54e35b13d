package vn.dvk.recognition.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.recognition.CommendationView;
import vn.dvk.recognition.Commendations;
import vn.dvk.recognition.LowResultView;
import vn.dvk.recognition.LowResults;
import vn.dvk.recognition.RecognitionView;
import vn.dvk.recognition.Recognitions;
import vn.dvk.recognition.domain.Commendation;
import vn.dvk.recognition.web.RecognitionJson.DecisionJson;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.web.ApiInput;
import vn.dvk.shared.web.ApiLists;
import vn.dvk.shared.web.ApiPage;

/**
 * What follows a recognition, over JSON as on the model's recognition page: revoking it by a new
 * decision, commendation (proposed, then the commending body's decision recorded by someone else),
 * and low-result flags with their follow-up actions, the unit's reports and the reviews.
 */
@RestController
@RequestMapping("/api/v1")
class AftercareApiController {

  private final Recognitions recognitions;
  private final Commendations commendations;
  private final LowResults lowResults;
  private final RecognitionJson json;

  AftercareApiController(
      Recognitions recognitions,
      Commendations commendations,
      LowResults lowResults,
      RecognitionJson json) {
    this.recognitions = recognitions;
    this.commendations = commendations;
    this.lowResults = lowResults;
    this.json = json;
  }

  /** A model's standing: recognitions (revoked ones kept), commendations, low-result flags. */
  record StandingJson(
      long modelId,
      List<RecognitionView> recognitions,
      List<CommendationView> commendations,
      List<LowResultView> lowResults) {}

  record RevocationRequest(LocalDate date, String signerName, String signerTitle, String reason) {}

  record CommendationRequest(String form) {}

  record CommendationDecisionRequest(
      CommendationView.State state,
      String number,
      LocalDate date,
      String issuer,
      String signer,
      String reason,
      Integer version) {}

  record FlagRequest(Integer year, String reason, List<LowResults.Action> actions) {}

  record FollowUpReport(String report) {}

  record ReviewRequest(LowResultView.Outcome outcome, String note, Integer version) {}

  @GetMapping("/models/{id}/recognitions")
  StandingJson standing(@PathVariable long id) {
    return new StandingJson(
        id, recognitions.ofModel(id), commendations.ofModel(id), lowResults.ofModel(id));
  }

  /** Revokes a standing recognition by a new numbered decision; answers that decision. */
  @PostMapping("/recognitions/{id}/revocation")
  ResponseEntity<DecisionJson> revoke(
      @PathVariable long id, @RequestBody(required = false) RevocationRequest request) {
    var r = request == null ? new RevocationRequest(null, null, null, null) : request;
    var decision =
        recognitions.revoke(
            id, new Recognitions.Revocation(r.date(), r.signerName(), r.signerTitle(), r.reason()));
    return ResponseEntity.created(URI.create("/api/v1/decisions/" + decision.id()))
        .body(json.decision(decision));
  }

  @PostMapping("/recognitions/{id}/commendations")
  ResponseEntity<CommendationView> proposeCommendation(
      @PathVariable long id, @RequestBody(required = false) CommendationRequest request) {
    var proposed = commendations.propose(id, request == null ? null : request.form());
    return ResponseEntity.created(
            URI.create("/api/v1/models/" + proposed.modelId() + "/commendations/" + proposed.id()))
        .body(proposed);
  }

  @GetMapping("/models/{id}/commendations/{commendationId}")
  CommendationView commendation(@PathVariable long id, @PathVariable long commendationId) {
    return ApiLists.one(
        commendations.ofModel(id),
        c -> c.id() == commendationId,
        "recognition.error.commendation-not-found",
        commendationId);
  }

  /** The commending body's decision: awarded (number, date, issuer, signer) or declined. */
  @PostMapping("/commendations/{id}/decision")
  CommendationView recordCommendation(
      @PathVariable long id, @RequestBody(required = false) CommendationDecisionRequest request) {
    var r =
        request == null
            ? new CommendationDecisionRequest(null, null, null, null, null, null, null)
            : request;
    if (r.version() == null && r.state() != null) {
      throw ApiInput.required("version");
    }
    return commendations.record(
        id,
        new Commendation.Answer(
            r.state(), r.number(), r.date(), r.issuer(), r.signer(), r.reason()),
        r.version() == null ? -1 : r.version());
  }

  @PostMapping("/models/{id}/low-results")
  ResponseEntity<LowResultView> flag(
      @PathVariable long id, @RequestBody(required = false) FlagRequest request) {
    var r = request == null ? new FlagRequest(null, null, null) : request;
    var flag = lowResults.flag(id, r.year(), r.reason(), r.actions());
    return ResponseEntity.created(URI.create("/api/v1/models/" + id + "/low-results/" + flag.id()))
        .body(flag);
  }

  @GetMapping("/models/{id}/low-results/{flagId}")
  LowResultView lowResult(@PathVariable long id, @PathVariable long flagId) {
    return ApiLists.one(
        lowResults.ofModel(id), f -> f.id() == flagId, "recognition.error.flag-not-found", flagId);
  }

  /** The unit's report on one follow-up action; answers the flag. */
  @PostMapping("/follow-ups/{id}/report")
  LowResultView report(
      @PathVariable long id, @RequestBody(required = false) FollowUpReport request) {
    return lowResults.report(id, request == null ? null : request.report());
  }

  /** A later review keeps the flag or clears it. */
  @PostMapping("/low-results/{id}/review")
  LowResultView review(
      @PathVariable long id, @RequestBody(required = false) ReviewRequest request) {
    var r = request == null ? new ReviewRequest(null, null, null) : request;
    if (r.version() == null && r.outcome() != null) {
      throw ApiInput.required("version");
    }
    return lowResults.review(id, r.outcome(), r.note(), r.version() == null ? -1 : r.version());
  }

  /** The flagged models of a year (or every year) in the caller's subtree, or {@code under}'s. */
  @GetMapping("/low-results")
  ApiPage<LowResultView> flagged(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String under,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiPage.slice(lowResults.flagged(year, under), page, size);
  }
}
