package vn.dvk.models.domain;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link SearchIndex} and keeps it in step with the change feed, on a thread of its own
 * ({@code search-index}, owned here: it shares nothing with the application's scheduled jobs and
 * runs whether or not they do). The thread reads the feed every {@code dvk.search.index.poll} (1 s,
 * for the other instances' changes) and at once when this instance commits a change.
 *
 * <p>A round that fails (the database unreachable, a query cancelled) is tried again after 1 s,
 * then 2, 4 … up to {@code dvk.search.index.retry-max} (1 min), and meanwhile the index keeps
 * answering from what it has. It is rebuilt only when it must be: a bulk change, a Lucene writer
 * that has failed for good, or a position older than the notes kept (a day). A build that fails is
 * retried the same way, the database answering lists meanwhile.
 */
@Component
class SearchIndexer implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

  private static final Duration REBUILD_PAST = SearchChanges.KEPT.minusHours(1);

  private final SearchIndex index;
  private final SearchFeed feed;
  private final SearchDocuments documents;
  private final SearchChanges changes;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final SearchIndexSettings settings;
  private final Backoff backoff;
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            var thread = new Thread(task, "search-index");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicBoolean signalled = new AtomicBoolean();

  private volatile boolean closed;
  private volatile long builds;
  private volatile int failures;
  private volatile boolean retrying;

  SearchIndexer(
      SearchIndex index,
      SearchFeed feed,
      SearchDocuments documents,
      SearchChanges changes,
      JdbcClient jdbc,
      Clock clock,
      SearchIndexSettings settings) {
    this.index = index;
    this.feed = feed;
    this.documents = documents;
    this.changes = changes;
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
    this.backoff = new Backoff(settings.retryFirst(), settings.retryMax());
  }

  /** How the indexer is doing, for {@link SearchIndexHealthIndicator}. */
  record Status(boolean enabled, long builds, int failures, boolean waitingToRetry) {}

  Status status() {
    return new Status(settings.enabled(), builds, failures, retrying);
  }

  /**
   * Builds the index once the application has started, in the background (or before it is ready up
   * to {@code wait-for-build-up-to} registrations); then reads and prunes the feed.
   */
  @EventListener(ApplicationReadyEvent.class)
  void start() throws InterruptedException {
    if (!settings.enabled()) {
      return;
    }
    var built = thread.submit(this::round);
    var poll = settings.poll().toMillis();
    thread.scheduleWithFixedDelay(this::round, poll, poll, TimeUnit.MILLISECONDS);
    thread.scheduleWithFixedDelay(changes::prune, 1, 10, TimeUnit.MINUTES);
    var waitUpTo = settings.waitForBuildUpTo();
    if (waitUpTo > 0
        && jdbc.sql("select count(*) from models_registration").query(Long.class).single()
            <= waitUpTo) {
      try {
        built.get();
      } catch (ExecutionException unexpected) {
        log.warn("The search index could not be built", unexpected.getCause());
      }
    }
  }

  /**
   * This instance committed notes: the index reads them now, and the writer waits for that, at the
   * end of its request ({@link OwnChangesWait}) or at once outside one.
   */
  @EventListener
  void onCommitted(SearchChanges.Committed committed) {
    if (answers()) {
      signal();
      if (!OwnChangesWait.defer(committed.mark())) {
        awaitOwn(committed.mark());
      }
    }
  }

  /** Waits for the index to apply a writer's notes, at most {@code own-change-wait}. */
  void awaitOwn(long mark) {
    if (answers() && !index.awaitCovering(mark, settings.ownChangeWait())) {
      log.debug("The search index did not apply a change within {}", settings.ownChangeWait());
    }
  }

  /** Whether the index answers lists: not while it is failing, nor before it is built. */
  private boolean answers() {
    return !closed && !retrying && index.ready();
  }

  /** Asks the index's thread for a round, unless one is already waiting to run. */
  void signal() {
    if (signalled.compareAndSet(false, true) && !thread.isShutdown()) {
      thread.execute(
          () -> {
            signalled.set(false);
            round();
          });
    }
  }

  /** Runs a round on the index's thread and waits for it (tests). */
  void refresh() throws InterruptedException, ExecutionException {
    thread.submit(this::round).get();
  }

  /** Builds the index if it is not, or applies the notes past its position. */
  private void round() {
    if (closed || retrying) {
      return;
    }
    try {
      if (index.ready()) {
        catchUp();
      } else {
        build();
      }
      failures = 0;
      backoff.reset();
    } catch (IOException | RuntimeException failed) {
      retryLater(failed);
    }
  }

  private void retryLater(Exception failure) {
    failures++;
    var delay = backoff.next();
    retrying = true;
    log.warn(
        "The search index could not {}; next try in {} ms ({} in a row)",
        index.ready() ? "catch up" : "be built",
        delay.toMillis(),
        failures,
        failure);
    thread.schedule(
        () -> {
          retrying = false;
          round();
        },
        delay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void catchUp() throws IOException {
    if (index.caughtUpAt().plus(REBUILD_PAST).isBefore(clock.instant())) {
      log.warn("The search index was behind by more than the changes kept; it is built again");
      build();
      return;
    }
    var batch = feed.after(index.position());
    if (batch.everything()) {
      build();
      return;
    }
    if (!batch.models().isEmpty()) {
      var generation = index.current();
      try {
        generation.reindex(new ArrayList<>(batch.models()), documents);
      } catch (IOException | RuntimeException failed) {
        if (generation.broken()) {
          index.retire();
        }
        throw failed;
      }
    }
    index.advance(batch.reached(), clock.instant());
  }

  /** Builds the index from the database, then applies what changed meanwhile. */
  private void build() throws IOException {
    index.retire();
    var started = System.nanoTime();
    // Every note committed by now is reflected in the rows read next; later ones are applied after.
    var from = feed.now();
    var generation = IndexGeneration.create();
    long count;
    try {
      count = documents.addAll(generation.writer());
      generation.writer().commit();
      generation.searchers().maybeRefreshBlocking();
    } catch (IOException | RuntimeException failed) {
      generation.close();
      throw failed;
    }
    if (!index.install(generation, from, clock.instant())) {
      return;
    }
    builds++;
    log.info(
        "Search index built: {} registrations in {} ms",
        count,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    catchUp();
  }

  @Override
  public void destroy() throws InterruptedException {
    closed = true;
    thread.shutdownNow();
    thread.awaitTermination(10, TimeUnit.SECONDS);
    index.destroy();
  }
}
