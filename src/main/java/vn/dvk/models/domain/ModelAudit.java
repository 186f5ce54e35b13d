package vn.dvk.models.domain;

import org.springframework.stereotype.Component;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.CurrentUser;
import vn.dvk.models.ModelView;

/** The audit log's record of a change of a model or of one of its parts. */
@Component
public class ModelAudit {

  /** The subject type of a model's entries in the audit log. */
  public static final String SUBJECT = "MODEL";

  private final AuditLog audit;

  ModelAudit(AuditLog audit) {
    this.audit = audit;
  }

  public void record(
      CurrentUser user,
      String action,
      ModelView model,
      String summary,
      Object before,
      Object after) {
    record(user, action, model.id(), model.unitCode(), summary, before, after);
  }

  public void record(
      CurrentUser user,
      String action,
      long modelId,
      String unitCode,
      String summary,
      Object before,
      Object after) {
    audit.record(
        user.did(action, SUBJECT, String.valueOf(modelId), unitCode, summary, before, after));
  }
}
