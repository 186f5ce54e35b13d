package vn.dvk.recognition;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.CurrentUser;

/** Records the module's actions in the audit log: who, with which role, what, before and after. */
@Component
class RecognitionAudit {

  private final AuditLog audit;

  RecognitionAudit(AuditLog audit) {
    this.audit = audit;
  }

  void record(
      CurrentUser user,
      String action,
      String subjectType,
      long subjectId,
      String unitCode,
      String summary,
      Object before,
      Object after) {
    record(user, action, subjectType, String.valueOf(subjectId), unitCode, summary, before, after);
  }

  void record(
      CurrentUser user,
      String action,
      String subjectType,
      String subjectId,
      String unitCode,
      String summary,
      Object before,
      Object after) {
    audit.record(user.did(action, subjectType, subjectId, unitCode, summary, before, after));
  }

  /** A snapshot: names and values, in order; null values are kept. */
  static Map<String, Object> fields(Object... namesAndValues) {
    var result = new LinkedHashMap<String, Object>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      result.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return result;
  }
}
