package vn.dvk.models.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DataAccessResourceFailureException;

/** The feed, failing the next few times it is read or asked where it stands. */
final class FailingFeed implements SearchFeed {

  private final SearchFeed feed;
  private final AtomicInteger readsToFail = new AtomicInteger();
  private final AtomicInteger positionsToFail = new AtomicInteger();
  private final List<Long> reads = new CopyOnWriteArrayList<>();

  FailingFeed(SearchFeed feed) {
    this.feed = feed;
  }

  void failNextReads(int times) {
    readsToFail.set(times);
  }

  void failNextPositions(int times) {
    positionsToFail.set(times);
  }

  /** When the feed was read (System.nanoTime), from the first failing read on. */
  List<Long> reads() {
    return reads;
  }

  @Override
  public Written write(Collection<Long> models, Instant at) {
    return feed.write(models, at);
  }

  @Override
  public FeedPosition now() {
    if (positionsToFail.getAndDecrement() > 0) {
      throw new DataAccessResourceFailureException("the database is away");
    }
    return feed.now();
  }

  @Override
  public Batch after(FeedPosition from) {
    if (readsToFail.get() > 0 || !reads.isEmpty()) {
      reads.add(System.nanoTime());
    }
    if (readsToFail.getAndDecrement() > 0) {
      throw new DataAccessResourceFailureException("the database is away");
    }
    return feed.after(from);
  }

  @Override
  public Lag lag(FeedPosition from) {
    return feed.lag(from);
  }
}
