package vn.dvk.showcase;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import vn.dvk.showcase.domain.PublicVersionRules;

/**
 * Publishes many models at once for loaders (the demo data): the public version says what the model
 * says (its title, and its content and method as the summary), approved by {@code approver}. An
 * individual's name is not shown, nor written in the public title or summary: no consent is
 * recorded here.
 */
@NamedInterface("bulk-loading")
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
    var versions = modelIds.stream().map(this::publicText).toList();
    jdbc.batchUpdate(
        """
        insert into showcase_publication (model_id, draft_title, draft_summary, prepared_by,
            prepared_at, public_title, public_summary, published_by, published_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        versions,
        500,
        (statement, text) -> {
          statement.setLong(1, text.modelId());
          statement.setString(2, text.title());
          statement.setString(3, text.summary());
          statement.setString(4, preparer);
          statement.setTimestamp(5, at);
          statement.setString(6, text.title());
          statement.setString(7, text.summary());
          statement.setString(8, approver);
          statement.setTimestamp(9, at);
        });
    return modelIds.size();
  }

  private record PublicText(long modelId, String title, String summary) {}

  private PublicText publicText(long modelId) {
    return jdbc.queryForObject(
        "select title, person_name, coalesce(content_method, objectives, title) summary"
            + " from models_model where id = ?",
        (rs, n) -> {
          var person = rs.getString("person_name");
          return new PublicText(
              modelId,
              PublicVersionRules.withoutName(rs.getString("title"), person),
              PublicVersionRules.withoutName(rs.getString("summary"), person));
        },
        modelId);
  }
}
