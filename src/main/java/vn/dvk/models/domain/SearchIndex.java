package vn.dvk.models.domain;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.dvk.models.ModelFilter;

/**
 * The search index of the registrations' lists: an in-process Lucene index, one document per
 * registration ({@link SearchDocuments}). It answers which registrations a list holds, how many
 * (exact up to a limit, as the database does) and which come first, in a millisecond or two where
 * the database needs tens at national size (see {@code docs/benchmarks.md}).
 *
 * <p>The database stays the source of truth. The index is built from it and kept in step by {@link
 * SearchIndexer}, on a thread of its own, from the change feed ({@link SearchChanges}, {@link
 * SearchFeed}), which is read in commit order from a {@link FeedPosition}: a change is applied
 * however late its transaction commits. Until the index is built, and inside a transaction that
 * changed models, lists are answered by the database ({@link ModelSearch}), with the same rows (the
 * index orders titles without their marks); the rows of a page are read from the database and
 * checked again against the filters there and the reader's scope in memory, so an index that is
 * behind can leave a row out but never shows one it should not.
 *
 * <p>A user finds what they have just saved: the commit only signals the index's thread, then the
 * request waits (at most {@code dvk.search.index.own-change-wait}, 2 s) until the index's position
 * covers its own notes. That is one short wait on the writer's side instead of a check of the feed
 * on every read; the work itself is done on the index's thread, which applies the notes of every
 * commit that arrived meanwhile at once. The wait happens while the transaction's connection is
 * still held, and ends early when the index is not built (the database answers then).
 */
@Component
public class SearchIndex implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

  private final SearchChanges changes;
  private volatile IndexGeneration current;
  private volatile FeedPosition position;
  private volatile Instant caughtUpAt;
  private volatile boolean closed;

  public SearchIndex(SearchChanges changes) {
    this.changes = changes;
  }

  /** A list's registrations in list order (as many as were asked) and how many it holds. */
  public record Hits(List<Long> registrationIds, long total) {}

  /** Whether the index is built and answers lists. */
  public boolean ready() {
    return current != null;
  }

  /**
   * The first {@code wanted} registrations of a list in its order; the total is exact up to {@code
   * limit} and {@code limit + 1} beyond. Empty when the index cannot answer (not built yet, or the
   * current transaction changed models).
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
        // The hits up to the page's end, in the list's order, counted exactly up to the limit.
        // Newest first is the index's own order: the search stops once it has them and has
        // counted past the limit. Other orders see every match.
        var top =
            searcher.search(
                SearchQuery.of(filter, scope),
                new TopFieldCollectorManager(
                    SearchQuery.sort(filter.sort()), Math.max(wanted, 1), null, threshold));
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

  /**
   * Waits until the index has applied the notes of the writer {@code mark} ({@link
   * SearchFeed.Written#mark()}), at most {@code patience}; true at once when the index is not built
   * (the database answers lists then).
   */
  public synchronized boolean awaitCovering(long mark, Duration patience) {
    var deadline = System.nanoTime() + patience.toNanos();
    while (current != null && !position.covers(mark)) {
      var left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /** Where in the feed the index stands (null when it is not built). */
  FeedPosition position() {
    return position;
  }

  /** When the index last read the feed to its end. */
  Instant caughtUpAt() {
    return caughtUpAt;
  }

  IndexGeneration current() {
    return current;
  }

  /** Answers from a new build from now on; false (and the build deleted) once closed. */
  synchronized boolean install(IndexGeneration generation, FeedPosition at, Instant now) {
    if (closed) {
      generation.close();
      return false;
    }
    current = generation;
    advance(at, now);
    return true;
  }

  /** The index has applied every note before {@code at}. */
  synchronized void advance(FeedPosition at, Instant now) {
    position = at;
    caughtUpAt = now;
    notifyAll();
  }

  /** Stops answering from the current build (the database answers) and deletes it. */
  void retire() {
    IndexGeneration old;
    synchronized (this) {
      old = current;
      current = null;
      position = null;
      notifyAll();
    }
    if (old != null) {
      old.close();
    }
  }

  @Override
  public void destroy() {
    closed = true;
    retire();
  }
}
