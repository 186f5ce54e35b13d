package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.support.IntegrationTest;

/**
 * A failed round is tried again later and later; the index is rebuilt only when it must be, not for
 * a failure.
 */
@IntegrationTest
class SearchIndexerRetryTests {

  @Autowired SearchChanges changes;
  @Autowired SearchFeed feed;
  @Autowired SearchDocuments documents;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aFailedCatchUpIsTriedAgainLaterAndLaterWithoutRebuildingTheIndex() throws Exception {
    var failing = new FailingFeed(feed);
    try (var other = otherInstance(failing).refresh()) {
      var model =
          jdbc.sql("select min(id) from models_model where unit_code = 'BT.DL.X10'")
              .query(Long.class)
              .single();
      OtherInstance.changeElsewhere(
          new TransactionTemplate(transactions), jdbc, feed, model, "thulailan");
      failing.failNextReads(3);

      other.refresh();
      assertThat(other.indexer.status().failures()).isEqualTo(1);
      assertThat(other.indexer.status().waitingToRetry()).isTrue();
      assertThat(other.index.ready()).as("it answers from what it has meanwhile").isTrue();

      awaitNoFailures(other);
      assertThat(other.indexed("thulailan")).isNotEmpty();
      var tries = failing.reads();
      assertThat(tries).hasSize(4);
      // Tried again after 200, 400 and 400 ms (the ceiling), never sooner.
      assertThat(Duration.ofNanos(tries.get(1) - tries.get(0))).isGreaterThanOrEqualTo(ms(190));
      assertThat(Duration.ofNanos(tries.get(2) - tries.get(1))).isGreaterThanOrEqualTo(ms(390));
      assertThat(Duration.ofNanos(tries.get(3) - tries.get(2))).isGreaterThanOrEqualTo(ms(390));
      assertThat(other.indexer.status().builds()).as("never rebuilt").isEqualTo(1);
    }
  }

  @Test
  void aFailedBuildIsTriedAgain() throws Exception {
    var failing = new FailingFeed(feed);
    failing.failNextPositions(2);
    try (var other = otherInstance(failing).refresh()) {
      assertThat(other.index.ready()).isFalse();
      assertThat(other.indexer.status().failures()).isEqualTo(1);

      awaitNoFailures(other);
      assertThat(other.index.ready()).isTrue();
      assertThat(other.indexer.status().builds()).isEqualTo(1);
    }
  }

  @Test
  void anIndexThatFellBehindByMoreThanTheNotesKeptIsBuiltAgain() throws Exception {
    var start = clock.instant();
    var now = new AtomicReference<>(start);
    var settings = SearchIndexSettings.defaults();
    try (var other =
        new OtherInstance(changes, feed, documents, jdbc, new MovingClock(now), settings)) {
      other.refresh().refresh();
      assertThat(other.indexer.status().builds()).as("caught up, not rebuilt").isEqualTo(1);

      // Notes are kept a day: past 23 hours without reading them, some may be gone.
      now.set(start.plus(Duration.ofHours(23)).plusSeconds(1));
      other.refresh();

      assertThat(other.indexer.status().builds()).isEqualTo(2);
    }
  }

  /** A clock that reads the instant a test sets. */
  private static final class MovingClock extends Clock {

    private final AtomicReference<Instant> now;

    MovingClock(AtomicReference<Instant> now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  private static void awaitNoFailures(OtherInstance other) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> other.indexer.status().failures() == 0);
  }

  private OtherInstance otherInstance(SearchFeed feed) {
    var settings = new SearchIndexSettings(true, null, null, ms(200), ms(400), null, null);
    return new OtherInstance(changes, feed, documents, jdbc, clock, settings);
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
