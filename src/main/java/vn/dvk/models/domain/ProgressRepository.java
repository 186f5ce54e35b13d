package vn.dvk.models.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dvk.models.ProgressReportView;
import vn.dvk.shared.MovementTime;

@Repository
public class ProgressRepository {

  private final JdbcClient jdbc;

  public ProgressRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(
      long modelId,
      LocalDate date,
      String summary,
      Map<String, BigDecimal> values,
      String by,
      Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into models_progress_report (model_id, report_date, summary, reported_by,"
                + " reported_at) values (:model, :date, :summary, :by, :at)")
        .param("model", modelId)
        .param("date", date)
        .param("summary", summary)
        .param("by", by)
        .param("at", MovementTime.utc(at))
        .update(keys, "id");
    var id = keys.getKeyAs(Number.class).longValue();
    values.forEach(
        (code, value) ->
            jdbc.sql(
                    "insert into models_progress_value (report_id, indicator_code, achieved)"
                        + " values (:report, :code, :value)")
                .param("report", id)
                .param("code", code)
                .param("value", value)
                .update());
    return id;
  }

  /** Reports of a model, newest first, with their values. */
  public List<ProgressReportView> ofModel(long modelId) {
    var reports = new LinkedHashMap<Long, ProgressReportView>();
    var values = new LinkedHashMap<Long, List<ProgressReportView.Value>>();
    jdbc.sql(
            """
            select r.id, r.model_id, r.report_date, r.summary, r.reported_by, r.reported_at,
                   v.indicator_code, v.achieved, v.verified_by, v.verified_at
              from models_progress_report r
              left join models_progress_value v on v.report_id = r.id
             where r.model_id = :model
             order by r.report_date desc, r.id desc, v.indicator_code
            """)
        .param("model", modelId)
        .query(
            rs -> {
              var id = rs.getLong("id");
              if (!reports.containsKey(id)) {
                reports.put(id, report(rs, List.of()));
              }
              var list = values.computeIfAbsent(id, key -> new ArrayList<>());
              if (rs.getString("indicator_code") != null) {
                list.add(value(rs));
              }
            });
    var result = new ArrayList<ProgressReportView>();
    reports.forEach(
        (id, report) ->
            result.add(
                new ProgressReportView(
                    report.id(),
                    report.modelId(),
                    report.reportDate(),
                    report.summary(),
                    report.reportedBy(),
                    report.reportedAt(),
                    List.copyOf(values.getOrDefault(id, List.of())))));
    return result;
  }

  private static ProgressReportView report(ResultSet rs, List<ProgressReportView.Value> values)
      throws SQLException {
    return new ProgressReportView(
        rs.getLong("id"),
        rs.getLong("model_id"),
        rs.getObject("report_date", LocalDate.class),
        rs.getString("summary"),
        rs.getString("reported_by"),
        rs.getObject("reported_at", OffsetDateTime.class).toInstant(),
        values);
  }

  private static ProgressReportView.Value value(ResultSet rs) throws SQLException {
    var verifiedAt = rs.getObject("verified_at", OffsetDateTime.class);
    return new ProgressReportView.Value(
        rs.getString("indicator_code"),
        rs.getBigDecimal("achieved"),
        rs.getString("verified_by"),
        verifiedAt == null ? null : verifiedAt.toInstant());
  }

  /** Marks the report's values verified (those not verified yet); returns how many. */
  public int verify(long reportId, List<String> codes, String by, Instant at) {
    return jdbc.sql(
            "update models_progress_value set verified_by = :by, verified_at = :at"
                + " where report_id = :report and verified_by is null"
                + (codes.isEmpty() ? "" : " and indicator_code in (:codes)"))
        .param("by", by)
        .param("at", MovementTime.utc(at))
        .param("report", reportId)
        .param("codes", codes.isEmpty() ? List.of("") : codes)
        .update();
  }
}
