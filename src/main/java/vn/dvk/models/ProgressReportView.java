package vn.dvk.models;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A dated progress report: what each tracked indicator had reached by then. */
public record ProgressReportView(
    long id,
    long modelId,
    LocalDate reportDate,
    String summary,
    String reportedBy,
    Instant reportedAt,
    List<Value> values) {

  /** One reported value, verified or not yet. */
  public record Value(
      String indicatorCode, BigDecimal achieved, String verifiedBy, Instant verifiedAt) {

    public boolean isVerified() {
      return verifiedBy != null;
    }
  }

  public boolean isFullyVerified() {
    return !values.isEmpty() && values.stream().allMatch(Value::isVerified);
  }
}
