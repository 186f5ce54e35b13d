package vn.dvk.replication.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.replication.ReplicationCandidates;
import vn.dvk.replication.Replications;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.web.ApiPage;

/** Replication for scripts: the models to learn from, a model's source and lineage, learning. */
@RestController
@RequestMapping("/api/v1")
class ReplicationApiController {

  private final Replications replications;
  private final ReplicationCandidates candidates;

  ReplicationApiController(Replications replications, ReplicationCandidates candidates) {
    this.replications = replications;
    this.candidates = candidates;
  }

  record LearnRequest(String unitCode, Integer year) {}

  record SourceRequest(Long sourceId) {}

  record Copy(long id, String title, String unitCode, long sourceId, int year) {}

  @GetMapping("/replication/sources")
  ApiPage<ReplicationCandidates.Candidate> sources(
      @RequestParam(required = false) @MovementYear Integer year,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiPage.slice(candidates.candidates(year, q), page, size);
  }

  @GetMapping("/models/{id}/lineage")
  Replications.Tree lineage(@PathVariable long id) {
    return replications.lineage(id);
  }

  @GetMapping("/models/{id}/source")
  ResponseEntity<Replications.Source> source(@PathVariable long id) {
    return ResponseEntity.of(replications.sourceOf(id));
  }

  @PutMapping("/models/{id}/source")
  Replications.Source link(@PathVariable long id, @RequestBody SourceRequest request) {
    if (request.sourceId() == null) {
      throw new InvalidInputException(List.of(new Violation("sourceId", "validation.required")));
    }
    return replications.link(id, request.sourceId());
  }

  @DeleteMapping("/models/{id}/source")
  ResponseEntity<Void> unlink(@PathVariable long id) {
    replications.unlink(id);
    return ResponseEntity.noContent().build();
  }

  /** Starts a model learned from this one; answers 201 with the new model's address. */
  @PostMapping("/models/{id}/copies")
  ResponseEntity<Copy> learn(@PathVariable long id, @RequestBody LearnRequest request) {
    if (request.year() == null) {
      throw new InvalidInputException(List.of(new Violation("year", "validation.required")));
    }
    var copy = replications.learn(id, request.unitCode(), request.year());
    return ResponseEntity.created(URI.create("/api/v1/models/" + copy.id()))
        .body(new Copy(copy.id(), copy.title(), copy.unitCode(), id, request.year()));
  }
}
