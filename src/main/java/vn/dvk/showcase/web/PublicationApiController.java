package vn.dvk.showcase.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.showcase.PublicVersion;
import vn.dvk.showcase.PublicationView;
import vn.dvk.showcase.Publications;

/** A model's public version for scripts: read, prepare, approve, withdraw. */
@RestController
@RequestMapping("/api/v1/models/{id}/publication")
class PublicationApiController {

  private final Publications publications;

  PublicationApiController(Publications publications) {
    this.publications = publications;
  }

  record DraftRequest(
      String title,
      String summary,
      List<Long> photoIds,
      Boolean showPerson,
      String consentNote,
      Integer version) {}

  record ApprovalRequest(Integer version, String reason) {}

  @GetMapping
  ResponseEntity<PublicationView> get(@PathVariable long id) {
    return ResponseEntity.of(publications.of(id));
  }

  @PutMapping
  PublicationView prepare(@PathVariable long id, @RequestBody DraftRequest request) {
    return publications.prepare(
        id,
        new PublicVersion(
            request.title(),
            request.summary(),
            request.photoIds(),
            Boolean.TRUE.equals(request.showPerson()),
            request.consentNote()),
        request.version());
  }

  @PostMapping("/approve")
  PublicationView approve(@PathVariable long id, @RequestBody ApprovalRequest request) {
    return publications.approve(id, version(request));
  }

  @PostMapping("/withdraw")
  PublicationView withdraw(@PathVariable long id, @RequestBody ApprovalRequest request) {
    return publications.withdraw(id, version(request), request.reason());
  }

  private static int version(ApprovalRequest request) {
    if (request.version() == null) {
      throw new InvalidInputException(List.of(new Violation("version", "validation.required")));
    }
    return request.version();
  }
}
