package vn.dvk.models.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change feed on PostgreSQL: each note carries its transaction's id ({@code txid}, {@code
 * pg_current_xact_id()}, V105) and a position is a snapshot ({@code pg_current_snapshot()}). The
 * notes past a position are those of transactions it did not see committed: from its {@code xmax}
 * on, or in its list of transactions in progress. They are read in a repeatable-read transaction
 * whose own snapshot is the position reached, so a transaction still in flight is read once it
 * commits, however many notes commit before it. Every instance reads the same notes.
 */
class PostgresSearchFeed implements SearchFeed {

  private static final String PAST =
      """
      select model_id, changed_at from models_search_change
       where txid >= pg_snapshot_xmax(cast(:from as pg_snapshot))
      union all
      select model_id, changed_at from models_search_change
       where txid = any(array(select pg_snapshot_xip(cast(:from as pg_snapshot))))
      """;

  private final JdbcClient jdbc;
  private final TransactionTemplate snapshot;

  PostgresSearchFeed(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
  }

  @Override
  public Written write(Collection<Long> models, Instant at) {
    var txid =
        jdbc.sql(
                """
                insert into models_search_change (model_id, changed_at)
                select m, :at from unnest(cast(:models as bigint array)) as u(m)
                returning cast(txid as text)
                """)
            .param("at", Timestamp.from(at))
            .param("models", models.toArray(Long[]::new))
            .query(String.class)
            .list()
            .get(0);
    var mark = Long.parseLong(txid);
    return new Written() {
      @Override
      public long mark() {
        return mark;
      }

      @Override
      public void finished() {}
    };
  }

  @Override
  public FeedPosition now() {
    return FeedPosition.parse(
        jdbc.sql("select cast(pg_current_snapshot() as text)").query(String.class).single());
  }

  @Override
  public Batch after(FeedPosition from) {
    return snapshot.execute(
        status -> {
          var reached = now();
          var models = new HashSet<Long>();
          long[] notes = {0};
          jdbc.sql("select model_id from (" + PAST + ") past")
              .param("from", from.toString())
              .query(
                  (RowCallbackHandler)
                      rs -> {
                        models.add(rs.getObject(1) == null ? null : rs.getLong(1));
                        notes[0]++;
                      });
          return new Batch(models, notes[0], reached);
        });
  }

  @Override
  public Lag lag(FeedPosition from) {
    return jdbc.sql("select count(*), min(changed_at) from (" + PAST + ") past")
        .param("from", from.toString())
        .query(
            (rs, n) -> {
              var oldest = rs.getTimestamp(2);
              return new Lag(rs.getLong(1), oldest == null ? null : oldest.toInstant());
            })
        .single();
  }
}
