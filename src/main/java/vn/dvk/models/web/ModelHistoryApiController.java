package vn.dvk.models.web;

import java.util.ArrayList;
import java.util.Collections;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.audit.AuditEntry;
import vn.dvk.audit.AuditLog;
import vn.dvk.models.MobilizationModels;
import vn.dvk.shared.web.ApiPage;

/**
 * A model's history as its page shows it: every recorded change, newest first, with who, role,
 * when, what and the fields that changed. Readable by whoever may read the model.
 */
@RestController
class ModelHistoryApiController {

  private final MobilizationModels models;
  private final AuditLog audit;

  ModelHistoryApiController(MobilizationModels models, AuditLog audit) {
    this.models = models;
    this.audit = audit;
  }

  @GetMapping("/api/v1/models/{id}/history")
  ApiPage<AuditEntry> history(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    models.get(id);
    var entries = new ArrayList<>(audit.history("MODEL", String.valueOf(id)));
    Collections.reverse(entries);
    return ApiPage.slice(entries, page, size);
  }
}
