package vn.dvk.models.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import vn.dvk.models.ModelFilter;
import vn.dvk.shared.TextFolding;

/**
 * The search index of the registrations' lists: an in-process Lucene index, one document per
 * registration with its model's words (the folded search text), year, unit, field, owner kind,
 * state, kind and movements. It answers which registrations a list holds, how many (exact up to a
 * limit, as the database does) and which come first, in a millisecond or two where the database
 * needs tens at national size (see {@code docs/benchmarks.md}).
 *
 * <p>The database stays the source of truth. The index is built from it in the background when the
 * application starts, in a temporary folder, and deleted when it stops; until it is built, and
 * inside a transaction that changed models, lists are answered by the database ({@link
 * ModelSearch}), with the same results. It catches up from {@code models_search_change} ({@link
 * SearchChanges}): at once after a commit of this instance, every second for the others.
 */
@Component
public class SearchIndex implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

  static final String RID = "rid";
  static final String MODEL = "model";
  static final String YEAR = "year";
  static final String UNIT = "unit";
  static final String FIELD = "field";
  static final String OWNER = "owner";
  static final String STATE = "state";
  static final String KIND = "kind";
  static final String MOVEMENT = "movement";
  static final String WORD = "w";
  static final String TITLE = "title";

  /** Changes are read again this far back, for transactions that committed out of order. */
  private static final int LOOKBACK = 1_000;

  private static final long BUILD_IN_BACKGROUND_ABOVE = 50_000;
  private static final Duration KEEP_CHANGES = Duration.ofDays(1);
  private static final int FETCH_SIZE = 1_000;

  private static final String ROWS =
      """
      select r.id, r.model_id, r.registration_year, r.kind, r.state, m.unit_code, m.field_code,
             m.owner_kind, m.title, m.search_text,
             (select string_agg(mm.movement_code, ' ')
                from models_model_movement mm where mm.model_id = m.id) as movements
        from models_registration r join models_model m on m.id = r.model_id
      """;

  private final JdbcClient jdbc;
  private final JdbcClient streaming;
  private final TransactionTemplate reading;
  private final SearchChanges changes;
  private final Clock clock;
  private final boolean enabled;
  private final ExecutorService builder =
      Executors.newSingleThreadExecutor(
          task -> {
            var thread = new Thread(task, "search-index");
            thread.setDaemon(true);
            return thread;
          });

  private final ReentrantLock lock = new ReentrantLock();
  private volatile Generation current;
  private volatile boolean closed;
  private long lastSeq;
  private final TreeSet<Long> applied = new TreeSet<>();

  public SearchIndex(
      JdbcClient jdbc,
      DataSource dataSource,
      PlatformTransactionManager transactions,
      SearchChanges changes,
      Clock clock,
      @Value("${dvk.search.index.enabled:true}") boolean enabled) {
    this.jdbc = jdbc;
    var template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH_SIZE);
    this.streaming = JdbcClient.create(template);
    this.reading = new TransactionTemplate(transactions);
    reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    reading.setReadOnly(true);
    this.changes = changes;
    this.clock = clock;
    this.enabled = enabled;
  }

  /** A list's registrations in list order (as many as were asked) and how many it holds. */
  public record Hits(List<Long> registrationIds, long total) {}

  /** Whether the index is built and answers lists. */
  public boolean ready() {
    return current != null;
  }

  /**
   * The first {@code wanted} registrations of a list in its order, or all of them when there are no
   * more than {@code limit}; the total is exact up to {@code limit} and {@code limit + 1} beyond.
   * Empty when the index cannot answer (not built yet, or the current transaction changed models).
   */
  public Optional<Hits> search(ModelFilter filter, ListScope scope, int wanted, long limit) {
    var generation = current;
    if (generation == null || changes.pendingInThisTransaction()) {
      return Optional.empty();
    }
    try {
      var searcher = generation.searchers().acquire();
      try {
        var threshold = (int) Math.min(Integer.MAX_VALUE - 1, limit + 1);
        // Enough hits for the page, or for the whole list when it is short (for the database to
        // order and cut). Newest first is the index's own order: the search stops once it has
        // them and has counted past the limit. Other orders see every match.
        var top =
            searcher.search(
                query(filter, scope),
                new TopFieldCollectorManager(
                    sort(filter.sort()), Math.max(wanted, threshold), null, threshold));
        var exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        var total = exact ? Math.min(top.totalHits.value, limit + 1) : limit + 1;
        var ids = new ArrayList<Long>(top.scoreDocs.length);
        for (var hit : top.scoreDocs) {
          var keys = ((FieldDoc) hit).fields;
          ids.add((Long) keys[keys.length - 1]);
        }
        return Optional.of(new Hits(ids, total));
      } finally {
        generation.searchers().release(searcher);
      }
    } catch (IOException unreadable) {
      log.warn("The search index could not be read; the database answers", unreadable);
      return Optional.empty();
    }
  }

  private static Query query(ModelFilter filter, ListScope scope) {
    var all = new BooleanQuery.Builder();
    all.add(
        IntPoint.newSetQuery(YEAR, scope.years().stream().mapToInt(Integer::intValue).toArray()),
        Occur.FILTER);
    if (!scope.everyUnit()) {
      if (new HashSet<>(scope.unitsByYear().values()).size() == 1) {
        all.add(units(scope.unitsByYear().values().iterator().next()), Occur.FILTER);
      } else {
        var byYear = new BooleanQuery.Builder();
        scope
            .unitsByYear()
            .forEach(
                (year, units) ->
                    byYear.add(
                        new BooleanQuery.Builder()
                            .add(IntPoint.newExactQuery(YEAR, year), Occur.FILTER)
                            .add(units(units), Occur.FILTER)
                            .build(),
                        Occur.SHOULD));
        all.add(byYear.setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
      }
    }
    if (filter.year() != null) {
      all.add(IntPoint.newExactQuery(YEAR, filter.year()), Occur.FILTER);
    }
    term(all, FIELD, filter.field());
    term(all, OWNER, filter.ownerKind() == null ? null : filter.ownerKind().name());
    term(all, STATE, filter.state() == null ? null : filter.state().name());
    term(all, KIND, filter.kind() == null ? null : filter.kind().name());
    term(all, MOVEMENT, filter.movement());
    if (filter.q() != null) {
      var words = ModelSearch.words(filter.q());
      for (int i = 0; i < words.length; i++) {
        all.add(
            ModelSearch.isPrefix(words, i)
                ? new PrefixQuery(new Term(WORD, words[i]))
                : new TermQuery(new Term(WORD, words[i])),
            Occur.FILTER);
      }
    }
    return all.build();
  }

  private static Query units(Set<String> units) {
    return new TermInSetQuery(UNIT, units.stream().map(BytesRef::new).toList());
  }

  private static void term(BooleanQuery.Builder all, String field, String value) {
    if (value != null) {
      all.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  /** The list's order, as {@link ModelSearch} orders it, the registration last (its id). */
  private static Sort sort(ModelFilter.Sort sort) {
    var registration = new SortField(RID, SortField.Type.LONG, sort == ModelFilter.Sort.RECENT);
    var title = new SortField(TITLE, SortField.Type.STRING);
    var yearDown = new SortField(YEAR, SortField.Type.INT, true);
    return switch (sort) {
      case RECENT -> new Sort(registration);
      case TITLE -> new Sort(title, yearDown, registration);
      case UNIT ->
          new Sort(new SortField(UNIT, SortField.Type.STRING), yearDown, title, registration);
      case YEAR -> new Sort(new SortField(YEAR, SortField.Type.INT), title, registration);
    };
  }

  /**
   * Builds the index once the application has started (and loaded any demo data): before it says it
   * is ready when the lists are short (a second at most), in the background when they are long (a
   * national data set takes minutes; the database answers meanwhile).
   */
  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!enabled) {
      return;
    }
    var registrations =
        jdbc.sql("select count(*) from models_registration").query(Long.class).single();
    if (registrations <= BUILD_IN_BACKGROUND_ABOVE) {
      rebuild();
    } else {
      builder.execute(this::rebuild);
    }
  }

  /** Builds the index from the database, then catches up with what changed meanwhile. */
  void rebuild() {
    retire();
    var started = System.nanoTime();
    Generation built = null;
    long[] count = {0};
    try {
      // The changes committed by now are in what is read next; those still in flight come later.
      var seen = reading.execute(status -> committedChanges());
      var before = seen.isEmpty() ? 0 : seen.last();
      built = Generation.create();
      var writer = built.writer();
      reading.executeWithoutResult(
          status ->
              streaming
                  .sql(ROWS + " order by r.id")
                  .query(
                      (RowCallbackHandler)
                          rs -> {
                            add(writer, rs);
                            count[0]++;
                          }));
      writer.commit();
      built.searchers().maybeRefreshBlocking();
      lock.lock();
      try {
        if (closed) {
          close(built);
          return;
        }
        current = built;
        lastSeq = before;
        applied.clear();
        applied.addAll(seen);
      } finally {
        lock.unlock();
      }
      log.info(
          "Search index built: {} registrations in {} ms",
          count[0],
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      catchUp();
    } catch (IOException | RuntimeException failed) {
      close(built);
      if (!closed) {
        log.warn("The search index could not be built; the database answers lists", failed);
      }
    }
  }

  /** The latest changes on record (the lookback's worth), oldest first. */
  private TreeSet<Long> committedChanges() {
    var last =
        jdbc.sql("select coalesce(max(seq), 0) from models_search_change")
            .query(Long.class)
            .single();
    return new TreeSet<>(
        jdbc.sql("select seq from models_search_change where seq > :after")
            .param("after", last - LOOKBACK)
            .query(Long.class)
            .list());
  }

  private static void add(IndexWriter writer, java.sql.ResultSet rs) throws java.sql.SQLException {
    try {
      writer.addDocument(document(rs));
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static Document document(java.sql.ResultSet rs) throws java.sql.SQLException {
    var doc = new Document();
    var registration = rs.getLong("id");
    doc.add(new LongPoint(RID, registration));
    doc.add(new NumericDocValuesField(RID, registration));
    doc.add(new StringField(MODEL, Long.toString(rs.getLong("model_id")), Field.Store.NO));
    var year = rs.getInt("registration_year");
    doc.add(new IntPoint(YEAR, year));
    doc.add(new NumericDocValuesField(YEAR, year));
    var unit = rs.getString("unit_code");
    doc.add(new StringField(UNIT, unit, Field.Store.NO));
    doc.add(new SortedDocValuesField(UNIT, new BytesRef(unit)));
    doc.add(new StringField(FIELD, rs.getString("field_code"), Field.Store.NO));
    doc.add(new StringField(OWNER, rs.getString("owner_kind"), Field.Store.NO));
    doc.add(new StringField(STATE, rs.getString("state"), Field.Store.NO));
    doc.add(new StringField(KIND, rs.getString("kind"), Field.Store.NO));
    doc.add(new SortedDocValuesField(TITLE, new BytesRef(TextFolding.fold(rs.getString("title")))));
    var movements = rs.getString("movements");
    if (movements != null) {
      for (var movement : movements.split(" ")) {
        doc.add(new StringField(MOVEMENT, movement, Field.Store.NO));
      }
    }
    Arrays.stream(rs.getString("search_text").split(" "))
        .filter(word -> !word.isEmpty())
        .distinct()
        .forEach(word -> doc.add(new StringField(WORD, word, Field.Store.NO)));
    return doc;
  }

  @EventListener
  void onCommitted(SearchChanges.Committed committed) {
    catchUp();
  }

  /** Applies the changes this index has not seen yet; a bulk change rebuilds it. */
  @Scheduled(fixedDelayString = "${dvk.search.index.poll:1s}")
  public void catchUp() {
    if (current == null) {
      return;
    }
    var rebuild = false;
    lock.lock();
    try {
      var generation = current;
      if (generation == null) {
        return;
      }
      var unseen =
          reading.execute(
              status ->
                  jdbc
                      .sql(
                          "select seq, model_id from models_search_change where seq > :after"
                              + " order by seq")
                      .param("after", lastSeq - LOOKBACK)
                      .query(
                          (rs, n) ->
                              new long[] {
                                rs.getLong(1), rs.getObject(2) == null ? -1 : rs.getLong(2)
                              })
                      .list()
                      .stream()
                      .filter(change -> !applied.contains(change[0]))
                      .toList());
      if (unseen.isEmpty()) {
        return;
      }
      rebuild = unseen.stream().anyMatch(change -> change[1] < 0);
      if (!rebuild) {
        reindex(generation, unseen.stream().map(change -> change[1]).distinct().toList());
      }
      for (var change : unseen) {
        applied.add(change[0]);
        lastSeq = Math.max(lastSeq, change[0]);
      }
      applied.headSet(lastSeq - LOOKBACK, true).clear();
    } catch (IOException | RuntimeException failed) {
      log.warn("The search index could not catch up; it rebuilds itself", failed);
      rebuild = true;
    } finally {
      lock.unlock();
    }
    if (rebuild) {
      retire();
      builder.execute(this::rebuild);
    }
  }

  private void reindex(Generation generation, List<Long> models) throws IOException {
    var writer = generation.writer();
    for (int from = 0; from < models.size(); from += FETCH_SIZE) {
      var chunk = models.subList(from, Math.min(from + FETCH_SIZE, models.size()));
      writer.deleteDocuments(
          chunk.stream().map(id -> new Term(MODEL, Long.toString(id))).toArray(Term[]::new));
      reading.executeWithoutResult(
          status ->
              jdbc.sql(ROWS + " where m.id = any(cast(:ids as bigint array))")
                  .param("ids", chunk.toArray(Long[]::new))
                  .query((RowCallbackHandler) rs -> add(writer, rs)));
    }
    generation.searchers().maybeRefreshBlocking();
  }

  /** Forgets changes older than a day (every instance may: deleting twice is harmless). */
  @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
  public void prune() {
    jdbc.sql("delete from models_search_change where changed_at < :before")
        .param("before", Timestamp.from(clock.instant().minus(KEEP_CHANGES)))
        .update();
  }

  @Override
  public void destroy() {
    closed = true;
    builder.shutdownNow();
    lock.lock();
    try {
      close(current);
      current = null;
    } finally {
      lock.unlock();
    }
  }

  /** Stops answering from the current build (the database answers) and deletes it. */
  private void retire() {
    Generation old;
    lock.lock();
    try {
      old = current;
      current = null;
    } finally {
      lock.unlock();
    }
    close(old);
  }

  private static void close(Generation generation) {
    if (generation != null) {
      generation.close();
    }
  }

  /** One build of the index, in its own temporary folder. */
  private record Generation(
      Path folder, Directory directory, IndexWriter writer, SearcherManager searchers) {

    static Generation create() throws IOException {
      var folder = Files.createTempDirectory("dvk-search-");
      var directory = FSDirectory.open(folder);
      var config =
          new IndexWriterConfig()
              .setRAMBufferSizeMB(64)
              .setIndexSort(sort(ModelFilter.Sort.RECENT));
      var writer = new IndexWriter(directory, config);
      return new Generation(folder, directory, writer, new SearcherManager(writer, null));
    }

    void close() {
      try {
        searchers.close();
        writer.rollback();
        directory.close();
        FileSystemUtils.deleteRecursively(folder);
      } catch (IOException | RuntimeException failed) {
        log.debug("Could not close a search index", failed);
      }
    }
  }
}
