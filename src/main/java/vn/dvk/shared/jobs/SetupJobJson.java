package vn.dvk.shared.jobs;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;

/**
 * A set-up job as the API gives it: {@code state}, {@code processed}, {@code total}, the errors by
 * row and column, and what was {@code created} (its shape is the importing module's).
 */
public record SetupJobJson(
    long id, String state, int processed, int total, List<ErrorJson> errors, List<?> created) {

  /** An error: the sheet row (0 for the whole file), the column letter, the localized message. */
  public record ErrorJson(int row, String column, String message) {}

  public static SetupJobJson of(SetupJob job, List<?> created) {
    return new SetupJobJson(
        job.id(),
        job.state().name(),
        job.processed(),
        job.total(),
        job.errors().stream().map(e -> new ErrorJson(e.row(), e.column(), e.message())).toList(),
        created);
  }

  /**
   * 202 Accepted, its {@code Location} the address of the job {@code id} under {@code imports}. The
   * job is not read here, so that reading it (and its secrets) is left to the address.
   */
  public static ResponseEntity<SetupJobJson> accepted(String imports, long id) {
    return ResponseEntity.accepted()
        .location(URI.create(imports + "/" + id))
        .body(new SetupJobJson(id, SetupJob.State.QUEUED.name(), 0, 0, List.of(), List.of()));
  }
}
