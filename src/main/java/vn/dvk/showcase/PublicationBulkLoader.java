package vn.dvk.showcase;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes many models at once for loaders (the demo data): the public version says what the model
 * says (its title, and its content and method as the summary), approved by {@code approver}. An
 * individual's name is not shown: no consent is recorded here.
 */
@Component
public class PublicationBulkLoader {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  PublicationBulkLoader(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public int load(List<Long> modelIds, String preparer, String approver) {
    var at = Timestamp.from(clock.instant());
    jdbc.batchUpdate(
        """
        insert into showcase_publication (model_id, draft_title, draft_summary, prepared_by,
            prepared_at, public_title, public_summary, published_by, published_at)
        select id, title, coalesce(content_method, objectives, title), ?, ?,
               title, coalesce(content_method, objectives, title), ?, ?
          from models_model where id = ?
        """,
        modelIds,
        500,
        (statement, id) -> {
          statement.setString(1, preparer);
          statement.setTimestamp(2, at);
          statement.setString(3, approver);
          statement.setTimestamp(4, at);
          statement.setLong(5, id);
        });
    return modelIds.size();
  }
}
