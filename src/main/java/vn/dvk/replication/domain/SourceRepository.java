package vn.dvk.replication.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.replication.domain.Lineage.Link;
import vn.dvk.shared.WorkChanges;

/** The links from copies to their sources. */
@Repository
public class SourceRepository {

  /** How deep a tree is read at most: far beyond any real chain, a guard against bad data. */
  private static final int MAX_DEPTH = 64;

  private final JdbcClient jdbc;
  private final WorkChanges work;

  SourceRepository(JdbcClient jdbc, WorkChanges work) {
    this.jdbc = jdbc;
    this.work = work;
  }

  /** A copy's link: its source, the year it was learned in, who recorded it and when. */
  public record StoredLink(long model, long source, int year, String linkedBy, Instant linkedAt) {}

  public void insert(long model, long source, int year, String by, Instant at) {
    jdbc.sql(
            """
            insert into replication_source (model_id, source_id, learned_year, linked_by, linked_at)
            values (:model, :source, :year, :by, :at)
            """)
        .param("model", model)
        .param("source", source)
        .param("year", year)
        .param("by", by)
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
    work.model(model);
  }

  public boolean delete(long model) {
    var deleted =
        jdbc.sql("delete from replication_source where model_id = :model")
                .param("model", model)
                .update()
            > 0;
    work.model(model);
    return deleted;
  }

  public Optional<StoredLink> of(long model) {
    return jdbc.sql("select * from replication_source where model_id = :model")
        .param("model", model)
        .query(
            (rs, row) ->
                new StoredLink(
                    rs.getLong("model_id"),
                    rs.getLong("source_id"),
                    rs.getInt("learned_year"),
                    rs.getString("linked_by"),
                    rs.getObject("linked_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  public Optional<Long> sourceOf(long model) {
    return of(model).map(StoredLink::source);
  }

  /** Every link below a source, copies of copies included. */
  public List<Link> below(long source) {
    return jdbc.sql(
            """
            with recursive tree (model_id, source_id, depth) as (
                select model_id, source_id, 1 from replication_source where source_id = :source
                union all
                select s.model_id, s.source_id, t.depth + 1
                  from replication_source s join tree t on s.source_id = t.model_id
                 where t.depth < :max)
            select model_id, source_id from tree
            """)
        .param("source", source)
        .param("max", MAX_DEPTH)
        .query((rs, row) -> new Link(rs.getLong("model_id"), rs.getLong("source_id")))
        .list();
  }

  /**
   * How many models learned from a source, directly or through others, whose registration of a year
   * was approved: drafts and withdrawn copies do not count as places it spread to.
   */
  public int approvedBelow(long source) {
    return jdbc.sql(
            """
            with recursive tree (model_id, depth) as (
                select model_id, 1 from replication_source where source_id = :source
                union all
                select s.model_id, t.depth + 1
                  from replication_source s join tree t on s.source_id = t.model_id
                 where t.depth < :max)
            select count(*) from tree t
             where exists (select 1 from models_registration_facts r
                            where r.model_id = t.model_id and r.approved)
            """)
        .param("source", source)
        .param("max", MAX_DEPTH)
        .query(Integer.class)
        .single();
  }

  /** How many models learned directly from each of some sources. */
  public Map<Long, Integer> directCopies(Collection<Long> sources) {
    var counts = new HashMap<Long, Integer>();
    if (sources.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            """
            select source_id, count(*) as copies from replication_source
             where source_id in (:sources) group by source_id
            """)
        .param("sources", sources)
        .query((RowCallbackHandler) rs -> counts.put(rs.getLong("source_id"), rs.getInt("copies")));
    return counts;
  }
}
