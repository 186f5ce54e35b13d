package vn.dvk.models.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every instance's {@link SearchIndex} which models changed: a row in {@code
 * models_search_change} per model, written just before the transaction that changed it commits (so
 * that the rows' order is close to the commits' order), then, once committed, this instance's index
 * catches up at once — a user finds what they have just saved. Other instances read the same rows
 * within a second.
 */
@Component
public class SearchChanges {

  /** Published after a commit that changed models, for the index to catch up. */
  public record Committed() {}

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public SearchChanges(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /** A model, its registrations or its words changed. */
  public void model(long id) {
    record(id);
  }

  /** Many models changed at once (a bulk load): every index rebuilds itself. */
  public void everything() {
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
      write(one);
      events.publishEvent(new Committed());
      return;
    }
    @SuppressWarnings("unchecked")
    var pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      var changed = new LinkedHashSet<Long>();
      TransactionSynchronizationManager.bindResource(this, changed);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              write(changed);
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(SearchChanges.this);
              if (status == STATUS_COMMITTED) {
                events.publishEvent(new Committed());
              }
            }
          });
      pending = changed;
    }
    pending.add(id);
  }

  private void write(Set<Long> ids) {
    var at = Timestamp.from(clock.instant());
    var rows = new ArrayList<Object[]>();
    for (var id : ids) {
      rows.add(new Object[] {id, at});
    }
    jdbc.batchUpdate("insert into models_search_change (model_id, changed_at) values (?, ?)", rows);
  }
}
