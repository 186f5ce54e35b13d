package vn.dvk.shared;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where the modules that keep the movement's work say what their transaction changed. The changes
 * are gathered per transaction and published as one {@link WorkChanged} just before it commits, so
 * that what is counted from them is brought up to date in the same transaction, once. Outside a
 * transaction the event is published at once.
 */
@Component
public class WorkChanges {

  private final ApplicationEventPublisher events;

  public WorkChanges(ApplicationEventPublisher events) {
    this.events = events;
  }

  /** The work of these units changed. */
  public void units(String... unitCodes) {
    var pending = pending();
    for (var code : unitCodes) {
      if (code != null) {
        pending.units.add(code);
      }
    }
    publishUnlessInTransaction(pending);
  }

  /** This model, or its registrations, changed; the listener finds its unit. */
  public void model(long id) {
    models(List.of(id));
  }

  /** These models, or their registrations, changed; the listener finds their units. */
  public void models(Collection<Long> ids) {
    var pending = pending();
    pending.models.addAll(ids);
    publishUnlessInTransaction(pending);
  }

  /** Too much changed to name (a bulk load): everything counted is counted again. */
  public void everything() {
    var pending = pending();
    pending.everything = true;
    publishUnlessInTransaction(pending);
  }

  private Pending pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new Pending(false);
    }
    var pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      pending = new Pending(true);
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    return pending;
  }

  private void publishUnlessInTransaction(Pending pending) {
    if (!pending.inTransaction) {
      pending.publish();
    }
  }

  /** A transaction's changes so far; published before it commits. */
  private final class Pending implements TransactionSynchronization {

    private final boolean inTransaction;
    private final Set<String> units = new HashSet<>();
    private final Set<Long> models = new HashSet<>();
    private boolean everything;

    Pending(boolean inTransaction) {
      this.inTransaction = inTransaction;
    }

    void publish() {
      var changed = new WorkChanged(units, models, everything);
      if (!changed.isEmpty()) {
        events.publishEvent(changed);
      }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      publish();
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(WorkChanges.this);
    }
  }
}
