package vn.dvk.recognition.web;

import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.recognition.ConsiderationCriteria;
import vn.dvk.recognition.ConsiderationCriteria.Criterion;
import vn.dvk.shared.web.ApiPage;

/**
 * The consideration criteria and their weights: read by anyone signed in, kept by administrators (a
 * round copies them when it opens, so a change never alters a round already open).
 */
@RestController
class CriteriaApiController {

  private final ConsiderationCriteria criteria;

  CriteriaApiController(ConsiderationCriteria criteria) {
    this.criteria = criteria;
  }

  record CriterionRequest(String name, BigDecimal weight, Integer position, Boolean active) {}

  @GetMapping("/api/v1/criteria")
  ApiPage<Criterion> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return ApiPage.slice(criteria.all(), page, size);
  }

  /** Adds the criterion with this code, or changes it. */
  @PutMapping("/api/v1/criteria/{code}")
  Criterion save(
      @PathVariable String code, @RequestBody(required = false) CriterionRequest request) {
    var r = request == null ? new CriterionRequest(null, null, null, null) : request;
    return criteria.save(
        new Criterion(
            code,
            r.name(),
            r.weight(),
            r.position() == null ? 0 : r.position(),
            Boolean.TRUE.equals(r.active())));
  }
}
