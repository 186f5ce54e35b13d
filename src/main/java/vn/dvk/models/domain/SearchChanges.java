package vn.dvk.models.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dvk.shared.WorkChanges;

/**
 * Tells every instance's {@link SearchIndex} which models changed: a note in {@code
 * models_search_change} per model, written through the {@link SearchFeed} just before the
 * transaction that changed it commits, and read by every instance in commit order. Once the
 * transaction has committed, this instance's index is signalled ({@link Committed}) and the request
 * waits for it to apply the notes — a user finds what they have just saved. Each change is also
 * told to {@link WorkChanges}, for what is counted from the models' work.
 */
@Component
public class SearchChanges {

  /** How long notes are kept: an index further behind is built again. */
  static final Duration KEPT = Duration.ofDays(1);

  private static final Logger log = LoggerFactory.getLogger(SearchChanges.class);

  /** Published after a commit that changed models: the index applies the writer's notes. */
  public record Committed(long mark) {}

  private final SearchFeed feed;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final WorkChanges work;
  private final JdbcClient jdbc;

  public SearchChanges(
      SearchFeed feed,
      ApplicationEventPublisher events,
      Clock clock,
      WorkChanges work,
      JdbcClient jdbc) {
    this.feed = feed;
    this.events = events;
    this.clock = clock;
    this.work = work;
    this.jdbc = jdbc;
  }

  /** Forgets notes older than {@link #KEPT} (every instance may: deleting twice is harmless). */
  public void prune() {
    try {
      jdbc.sql("delete from models_search_change where changed_at < :before")
          .param("before", Timestamp.from(clock.instant().minus(KEPT)))
          .update();
    } catch (RuntimeException failed) {
      log.warn("Old search changes could not be pruned", failed);
    }
  }

  /** A model, its registrations or its words changed: so did its unit's work. */
  public void model(long id) {
    work.model(id);
    record(id);
  }

  /**
   * A model changed in a way nothing counted sees — drafted, marked changed, or its registration
   * moved between states that are not approved — since the figures count a registration once it is
   * approved: the index hears of it, and its unit is not counted again.
   */
  public void uncounted(long id) {
    record(id);
  }

  /**
   * Only the words the models are found by changed (their unit's name): the index hears of it, and
   * nothing counted from their work changes.
   */
  public void words(Collection<Long> ids) {
    ids.forEach(this::record);
  }

  /** Many models changed at once (a bulk load): every index rebuilds itself. */
  public void everything() {
    work.everything();
    record(null);
  }

  /**
   * Whether the current transaction changed models that it has not committed yet: the index does
   * not know them, so a search inside the transaction asks the database.
   */
  public boolean pendingInThisTransaction() {
    return TransactionSynchronizationManager.hasResource(this);
  }

  private void record(Long id) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      var one = new LinkedHashSet<Long>();
      one.add(id);
      var written = feed.write(one, clock.instant());
      written.finished();
      events.publishEvent(new Committed(written.mark()));
      return;
    }
    @SuppressWarnings("unchecked")
    var pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      pending = new LinkedHashSet<>();
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(new Notes(pending));
    }
    pending.add(id);
  }

  /** Writes a transaction's notes before it commits; signals the index once it has. */
  private final class Notes implements TransactionSynchronization {

    private final Set<Long> changed;
    private SearchFeed.Written written;

    Notes(Set<Long> changed) {
      this.changed = changed;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      written = feed.write(changed, clock.instant());
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(SearchChanges.this);
      if (written == null) {
        return;
      }
      written.finished();
      if (status == STATUS_COMMITTED) {
        events.publishEvent(new Committed(written.mark()));
      }
    }
  }
}
