package vn.dvk.recognition.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import vn.dvk.recognition.CouncilFormation;
import vn.dvk.recognition.ReviewRounds;
import vn.dvk.recognition.RoundAdministration;
import vn.dvk.recognition.RoundDecisions;
import vn.dvk.recognition.RoundProposals;
import vn.dvk.recognition.web.RecognitionJson.ProposalJson;
import vn.dvk.recognition.web.RecognitionJson.RoundJson;
import vn.dvk.recognition.web.RecognitionJson.SheetJson;
import vn.dvk.shared.web.ApiInput;
import vn.dvk.shared.web.ApiPage;

/**
 * A round's work over JSON, step by step as on the round's page: the reviewer opens it, forms the
 * council and assigns it, records the meeting and issues the decision; units below propose,
 * withdraw and get proposals returned; members recuse. Changes to a round or proposal carry the
 * {@code version} read, and a stale one answers 409.
 */
@RestController
@RequestMapping("/api/v1")
class RoundActionsApiController {

  private final ReviewRounds rounds;
  private final CouncilBallots ballots;
  private final RoundProposals proposing;
  private final RoundDecisions roundDecisions;
  private final RoundAdministration administration;
  private final CouncilFormation councilFormation;
  private final RecognitionJson json;

  RoundActionsApiController(
      ReviewRounds rounds,
      CouncilBallots ballots,
      RoundProposals proposing,
      RoundDecisions roundDecisions,
      RoundAdministration administration,
      CouncilFormation councilFormation,
      RecognitionJson json) {
    this.rounds = rounds;
    this.ballots = ballots;
    this.proposing = proposing;
    this.roundDecisions = roundDecisions;
    this.administration = administration;
    this.councilFormation = councilFormation;
    this.json = json;
  }

  record MembersRequest(List<String> members, Integer version) {}

  record SpreadRequest(Integer perProposal) {}

  record SpreadJson(Map<Long, Set<String>> assignments) {}

  /** {@code proposedOn}: the day of the paper record, for a round recorded from paper. */
  record ProposeRequest(
      Long modelId,
      String considerationNote,
      Integer votesFor,
      Integer votesAgainst,
      LocalDate proposedOn) {}

  record ReasonRequest(String reason, Integer version) {}

  record MeetingRequest(
      LocalDate date, String place, String note, Set<String> present, Integer version) {}

  /** {@code reasons}: why each proposal the vote did not carry is not recognized, by its id. */
  record DecisionRequest(
      LocalDate date,
      String signerName,
      String signerTitle,
      Map<Long, String> reasons,
      Set<Long> outstanding,
      Integer version) {}

  @PostMapping("/rounds")
  ResponseEntity<RoundJson> open(
      @RequestBody(required = false) RoundAdministration.OpenRound request) {
    var round =
        administration.open(
            request == null
                ? new RoundAdministration.OpenRound(null, null, null, null, null, null)
                : request);
    return ResponseEntity.created(URI.create("/api/v1/rounds/" + round.id()))
        .body(json.round(round));
  }

  /** The round's council: every member at once (users of the round's subtree who may score). */
  @PutMapping("/rounds/{id}/members")
  RoundJson members(@PathVariable long id, @RequestBody(required = false) MembersRequest request) {
    rounds.get(id);
    var version = version(request == null ? null : request.version());
    var members = request.members() == null ? List.<String>of() : request.members();
    return json.round(councilFormation.setMembers(id, members, version));
  }

  /** Spreads the proposals evenly over the council, {@code perProposal} members each (3). */
  @PostMapping("/rounds/{id}/spread")
  SpreadJson spread(@PathVariable long id, @RequestBody(required = false) SpreadRequest request) {
    var perProposal = request == null || request.perProposal() == null ? 3 : request.perProposal();
    return new SpreadJson(councilFormation.spreadEvenly(id, perProposal));
  }

  /** Assigns members to one proposal by hand; none may be of the model's own subtree. */
  @PutMapping("/proposals/{id}/members")
  ResponseEntity<Void> assign(
      @PathVariable long id, @RequestBody(required = false) MembersRequest request) {
    rounds.proposal(id);
    if (request == null || request.members() == null) {
      throw ApiInput.required("members");
    }
    councilFormation.assign(id, request.members());
    return ResponseEntity.noContent().build();
  }

  /** The reviewer's board: proposals ranked by score, who has not scored, the vote's outcome. */
  @GetMapping("/rounds/{id}/board")
  ApiPage<ReviewRounds.Entry> board(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiPage.slice(rounds.board(id), page, size);
  }

  /** The proposals the calling member is to score, with their own scores and ballot. */
  @GetMapping("/rounds/{id}/sheets")
  ApiPage<SheetJson> sheets(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiPage.slice(ballots.sheets(id), page, size)
        .map(list -> list.stream().map(RecognitionJson::sheet).toList());
  }

  @PostMapping("/rounds/{id}/proposals")
  ResponseEntity<ProposalJson> propose(
      @PathVariable long id, @RequestBody(required = false) ProposeRequest request) {
    rounds.get(id);
    if (request == null || request.modelId() == null) {
      throw ApiInput.required("modelId");
    }
    var proposal =
        proposing.propose(
            id,
            request.modelId(),
            new RoundProposals.Dossier(
                request.considerationNote(),
                request.votesFor(),
                request.votesAgainst(),
                request.proposedOn()));
    return ResponseEntity.created(URI.create("/api/v1/proposals/" + proposal.id()))
        .body(json.proposal(proposal));
  }

  /** The reviewer sends a proposal back before the meeting, with what is to be revised. */
  @PostMapping("/proposals/{id}/return")
  ProposalJson returnProposal(
      @PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
    rounds.proposal(id);
    var version = version(request == null ? null : request.version());
    return json.proposal(administration.returnForRevision(id, request.reason(), version));
  }

  /** The proposing unit takes its proposal back while the round is open. */
  @PostMapping("/proposals/{id}/withdraw")
  ProposalJson withdraw(
      @PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
    rounds.proposal(id);
    return json.proposal(
        proposing.withdraw(id, version(request == null ? null : request.version())));
  }

  /** A member steps aside from a proposal, with a reason; their sheet shows it. */
  @PostMapping("/proposals/{id}/recusal")
  ResponseEntity<Void> recuse(
      @PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
    ballots.recuse(id, request == null ? null : request.reason());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/rounds/{id}/meeting")
  RoundJson meeting(@PathVariable long id, @RequestBody(required = false) MeetingRequest request) {
    rounds.get(id);
    var version = version(request == null ? null : request.version());
    return json.round(
        administration.recordMeeting(
            id,
            new RoundAdministration.Meeting(
                request.date(),
                request.place(),
                request.note(),
                request.present() == null ? Set.of() : request.present()),
            version));
  }

  /**
   * Issues the round's decision: 201 with the numbered decision's address when it recognizes any
   * model, else 200 (the round was considered, no decision is numbered). Answers the round.
   */
  @PostMapping("/rounds/{id}/decision")
  ResponseEntity<RoundJson> decide(
      @PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
    rounds.get(id);
    var version = version(request == null ? null : request.version());
    var decided =
        roundDecisions.decide(
            id,
            new RoundDecisions.Issue(
                request.date(),
                request.signerName(),
                request.signerTitle(),
                request.reasons() == null ? Map.of() : request.reasons(),
                request.outstanding() == null ? Set.of() : request.outstanding()),
            version);
    if (decided.decisionId() == null) {
      return ResponseEntity.ok(json.round(decided));
    }
    return ResponseEntity.created(URI.create("/api/v1/decisions/" + decided.decisionId()))
        .body(json.round(decided));
  }

  private static int version(Integer version) {
    if (version == null) {
      throw ApiInput.required("version");
    }
    return version;
  }
}
