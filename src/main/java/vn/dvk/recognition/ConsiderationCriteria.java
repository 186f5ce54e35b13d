package vn.dvk.recognition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.Violations;

/**
 * The criteria councils score on and their weights, kept by administrators. A round copies the
 * active ones when it opens, so a change applies to rounds opened afterwards only.
 */
@Service
@Transactional(readOnly = true)
public class ConsiderationCriteria {

  static final String SUBJECT = "CRITERION";

  private final JdbcClient jdbc;
  private final Scope scope;
  private final RecognitionAudit audit;

  ConsiderationCriteria(JdbcClient jdbc, Scope scope, RecognitionAudit audit) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.audit = audit;
  }

  /** A criterion as administrators see and edit it. */
  public record Criterion(
      String code, String name, BigDecimal weight, int position, boolean active) {}

  public List<Criterion> all() {
    return jdbc.sql("select * from recognition_criterion order by position, code")
        .query(
            (rs, n) ->
                new Criterion(
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getBigDecimal("weight"),
                    rs.getInt("position"),
                    rs.getBoolean("active")))
        .list();
  }

  /** Adds a criterion, or changes the one with that code. */
  @Transactional
  public Criterion save(Criterion criterion) {
    var user = administrator();
    var code = criterion.code() == null ? "" : criterion.code().trim().toUpperCase(Locale.ROOT);
    var weight = criterion.weight();
    Violations.check()
        .when(!code.matches("[A-Z][A-Z0-9_]{1,39}"), "code", "criteria.error.code")
        .required("name", criterion.name())
        .when(
            weight == null
                || weight.signum() <= 0
                || weight.compareTo(BigDecimal.valueOf(1000)) > 0,
            "weight",
            "criteria.error.weight")
        .refuseAny();
    var before = all().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    var after =
        new Criterion(
            code,
            criterion.name().trim(),
            criterion.weight(),
            criterion.position(),
            criterion.active());
    upsert(after);
    audit.record(
        user,
        before == null ? "CRITERION_ADDED" : "CRITERION_CHANGED",
        SUBJECT,
        code,
        user.unitCode(),
        code + ": " + after.name(),
        before,
        after);
    return after;
  }

  private void upsert(Criterion criterion) {
    var updated =
        jdbc.sql(
                "update recognition_criterion set name = :name, weight = :weight,"
                    + " position = :position, active = :active where code = :code")
            .paramSource(criterion)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into recognition_criterion (code, name, weight, position, active)"
                  + " values (:code, :name, :weight, :position, :active)")
          .paramSource(criterion)
          .update();
    }
  }

  private CurrentUser administrator() {
    var user = scope.requireUser();
    if (!user.can(Permission.REFERENCE_MANAGE)) {
      throw new ForbiddenException("criteria.error.administrator-only");
    }
    return user;
  }
}
