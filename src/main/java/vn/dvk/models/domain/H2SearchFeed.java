package vn.dvk.models.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The change feed on H2, which has no transaction ids to compare: the notes' own numbers ({@code
 * seq}) take their place. H2 runs inside this one process, so the process knows every note still in
 * flight: a writer inserts its notes and registers their numbers as in flight in one step, and
 * unregisters them once its transaction has committed or rolled back; a position is taken in the
 * same step ({@link InFlight}). The notes past a position are those numbered from its {@code xmax}
 * on or in flight then, and finished now; so a transaction that commits late is read when it
 * commits, however many notes commit before it, and writers never wait for each other.
 *
 * <p>Every note must be written through this class (the numbers of notes inserted otherwise are not
 * known to be in flight). The in-flight numbers are kept per database for the whole process: the
 * test suite's contexts share one in-memory database.
 */
class H2SearchFeed implements SearchFeed {

  private static final Map<String, InFlight> DATABASES = new ConcurrentHashMap<>();

  private final JdbcClient jdbc;
  private final InFlight inFlight;

  H2SearchFeed(JdbcClient jdbc, String database) {
    this.jdbc = jdbc;
    this.inFlight =
        DATABASES.computeIfAbsent(
            database,
            name ->
                new InFlight(
                    jdbc.sql("select coalesce(max(seq), 0) from models_search_change")
                        .query(Long.class)
                        .single()));
  }

  @Override
  public Written write(Collection<Long> models, Instant at) {
    synchronized (inFlight) {
      var seqs =
          jdbc
              .sql(
                  """
                  select seq from final table (
                    insert into models_search_change (model_id, changed_at)
                    select m, :at from unnest(cast(:models as bigint array)) as u(m))
                  """)
              .param("at", Timestamp.from(at))
              .param("models", models.toArray(Long[]::new))
              .query(Long.class)
              .list()
              .stream()
              .mapToLong(Long::longValue)
              .toArray();
      inFlight.begin(seqs);
      return new Written() {
        @Override
        public long mark() {
          return seqs[0];
        }

        @Override
        public void finished() {
          inFlight.end(seqs);
        }
      };
    }
  }

  @Override
  public FeedPosition now() {
    return inFlight.position();
  }

  @Override
  public Batch after(FeedPosition from) {
    var reached = now();
    var models = new HashSet<Long>();
    long[] notes = {0};
    jdbc.sql(
            """
            select model_id from models_search_change
             where (seq >= :fromXmax or seq = any(cast(:fromInFlight as bigint array)))
               and seq < :xmax and not (seq = any(cast(:inFlight as bigint array)))
            """)
        .param("fromXmax", from.xmax())
        .param("fromInFlight", from.inFlightIds())
        .param("xmax", reached.xmax())
        .param("inFlight", reached.inFlightIds())
        .query(
            (RowCallbackHandler)
                rs -> {
                  models.add(rs.getObject(1) == null ? null : rs.getLong(1));
                  notes[0]++;
                });
    return new Batch(models, notes[0], reached);
  }

  @Override
  public Lag lag(FeedPosition from) {
    return jdbc.sql(
            """
            select count(*), min(changed_at) from models_search_change
             where seq >= :fromXmax or seq = any(cast(:fromInFlight as bigint array))
            """)
        .param("fromXmax", from.xmax())
        .param("fromInFlight", from.inFlightIds())
        .query(
            (rs, n) -> {
              var oldest = rs.getTimestamp(2);
              return new Lag(rs.getLong(1), oldest == null ? null : oldest.toInstant());
            })
        .single();
  }

  /**
   * The notes of one database that are written but not yet committed or rolled back, and the
   * highest number given so far. A note is numbered and registered under this object's monitor, so
   * a position taken under it knows of every number given before it.
   */
  static final class InFlight {

    private final TreeSet<Long> numbers = new TreeSet<>();
    private long highest;

    InFlight(long highest) {
      this.highest = highest;
    }

    synchronized void begin(long[] seqs) {
      for (var seq : seqs) {
        numbers.add(seq);
        highest = Math.max(highest, seq);
      }
    }

    synchronized void end(long[] seqs) {
      Arrays.stream(seqs).forEach(numbers::remove);
    }

    synchronized FeedPosition position() {
      var xmax = highest + 1;
      return new FeedPosition(
          numbers.isEmpty() ? xmax : numbers.first(),
          xmax,
          numbers.stream().mapToLong(Long::longValue).toArray());
    }
  }
}
