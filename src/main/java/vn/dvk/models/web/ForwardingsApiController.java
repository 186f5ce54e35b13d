package vn.dvk.models.web;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.models.Forwarding;
import vn.dvk.models.Forwardings;
import vn.dvk.models.ModelLists;
import vn.dvk.models.ModelRow;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.web.ApiInput;
import vn.dvk.shared.web.ApiLists;
import vn.dvk.shared.web.ApiPage;

/**
 * The superior unit's side of registration, as on its “awaiting decision” page: the registrations
 * sent up to it, and the consolidated lists it sends further up (and receives from below).
 */
@RestController
class ForwardingsApiController {

  private final ModelLists lists;
  private final Forwardings forwardings;

  ForwardingsApiController(ModelLists lists, Forwardings forwardings) {
    this.lists = lists;
    this.forwardings = forwardings;
  }

  record ForwardRequest(Integer year, String note) {}

  record PendingJson(int year, long pending) {}

  /** Registrations units below sent up and the caller's unit has to approve or return. */
  @GetMapping("/api/v1/models/awaiting-decision")
  ApiPage<ModelRow> awaiting(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiPage.slice(lists.awaitingDecision(year), page, size);
  }

  /** The lists the caller's unit sent up, and those the units directly below sent to it. */
  @GetMapping("/api/v1/forwardings")
  ApiPage<Forwarding> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return ApiPage.slice(forwardings.sentAndReceived(), page, size);
  }

  @GetMapping("/api/v1/forwardings/{id}")
  Forwarding one(@PathVariable long id) {
    return ApiLists.one(
        forwardings.sentAndReceived(), f -> f.id() == id, "forwarding.error.not-found", id);
  }

  /** How many approved registrations of the year the caller's unit has not sent up yet. */
  @GetMapping("/api/v1/forwardings/pending")
  PendingJson pending(@RequestParam(required = false) @MovementYear Integer year) {
    if (year == null) {
      throw ApiInput.required("year");
    }
    return new PendingJson(year, forwardings.pending(year));
  }

  /** Sends the year's approved registrations of the caller's subtree up, as one list. */
  @PostMapping("/api/v1/forwardings")
  ResponseEntity<Forwarding> forward(@RequestBody(required = false) ForwardRequest request) {
    if (request == null || request.year() == null) {
      throw ApiInput.required("year");
    }
    var sent = forwardings.forward(request.year(), request.note());
    return ResponseEntity.created(URI.create("/api/v1/forwardings/" + sent.id())).body(sent);
  }
}
