package vn.dvk.models.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * The change feed of {@code models_search_change}, read in commit order: where it stands ({@link
 * FeedPosition}), which models changed past a position, and how far a position is behind. How a
 * database tells committed notes from those still in flight differs, so each has its own ({@link
 * PostgresSearchFeed}, {@link H2SearchFeed}), chosen once at start-up.
 */
public interface SearchFeed {

  /** The models noted past a position (null among them: everything changed), and where that is. */
  record Batch(Set<Long> models, long notes, FeedPosition reached) {

    /** Whether a bulk change asks for the index to be built again. */
    boolean everything() {
      return models.contains(null);
    }
  }

  /** How many notes are past a position, and when the oldest of them was written. */
  record Lag(long notes, Instant oldest) {}

  /** Notes written by a transaction that has not finished yet. */
  interface Written {

    /** The writer's number: a position covers the notes once it covers this. */
    long mark();

    /** Called once the transaction has finished, whether it committed or not. */
    void finished();
  }

  /**
   * Notes that the models changed (null: everything), in the current transaction if there is one;
   * {@link Written#finished()} must be called once it has committed or rolled back.
   */
  Written write(Collection<Long> models, Instant at);

  /** Where the feed stands: every note committed by now is before it. */
  FeedPosition now();

  /** The models noted past {@code from}, up to where the feed stands now. */
  Batch after(FeedPosition from);

  /** The notes past {@code from} that are committed by now. */
  Lag lag(FeedPosition from);
}
