package vn.dvk.replication;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import vn.dvk.shared.WorkChanges;

/**
 * Records many links at once for loaders (the demo data): each copy learned in the year of its
 * first registration. The links are taken as given; the loader keeps the rules.
 */
@NamedInterface("bulk-loading")
@Component
public class ReplicationBulkLoader {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final WorkChanges work;

  ReplicationBulkLoader(JdbcTemplate jdbc, Clock clock, WorkChanges work) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.work = work;
  }

  /** A model learned from another. */
  public record Learned(long copy, long source) {}

  public int load(List<Learned> links, String by) {
    var at = Timestamp.from(clock.instant());
    jdbc.batchUpdate(
        """
        insert into replication_source (model_id, source_id, learned_year, linked_by, linked_at)
        select ?, ?, min(registration_year), ?, ? from models_registration where model_id = ?
        """,
        links,
        500,
        (statement, link) -> {
          statement.setLong(1, link.copy());
          statement.setLong(2, link.source());
          statement.setString(3, by);
          statement.setTimestamp(4, at);
          statement.setLong(5, link.copy());
        });
    work.models(links.stream().map(Learned::copy).toList());
    return links.size();
  }
}
