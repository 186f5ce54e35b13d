package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.support.IntegrationTest;

/**
 * The start does not wait for the index's first build unless told to for short lists: the database
 * answers the lists meanwhile.
 */
@IntegrationTest
class SearchIndexerStartTests {

  @Autowired SearchChanges changes;
  @Autowired SearchFeed feed;
  @Autowired SearchDocuments documents;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void byDefaultTheStartGoesOnWhileTheIndexBuilds() throws Exception {
    var held = new HeldFeed(feed);
    try (var other = instance(held, SearchIndexSettings.defaults())) {
      other.indexer.start();

      assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(other.index.ready()).as("still building when the start went on").isFalse();
      held.release.countDown();
      await().atMost(Duration.ofSeconds(30)).until(other.index::ready);
    }
  }

  @Test
  void theStartWaitsForTheBuildWhenTheListsAreShortEnough() throws Exception {
    var held = new HeldFeed(feed);
    var waiting = new SearchIndexSettings(true, null, null, null, null, null, 50_000L);
    var caller = Executors.newSingleThreadExecutor();
    try (var other = instance(held, waiting)) {
      var started =
          caller.submit(
              () -> {
                other.indexer.start();
                return null;
              });

      assertThat(held.entered.await(10, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(200);
      assertThat(started).as("waits for the build").isNotDone();
      held.release.countDown();
      started.get(30, TimeUnit.SECONDS);
      assertThat(other.index.ready()).isTrue();
    } finally {
      caller.shutdownNow();
    }
  }

  private OtherInstance instance(SearchFeed feed, SearchIndexSettings settings) {
    return new OtherInstance(changes, feed, documents, jdbc, clock, settings);
  }

  /** The feed, holding the build at its first question until the test lets it go. */
  private static final class HeldFeed implements SearchFeed {

    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final SearchFeed feed;

    HeldFeed(SearchFeed feed) {
      this.feed = feed;
    }

    @Override
    public FeedPosition now() {
      entered.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
      return feed.now();
    }

    @Override
    public Written write(Collection<Long> models, Instant at) {
      return feed.write(models, at);
    }

    @Override
    public Batch after(FeedPosition from) {
      return feed.after(from);
    }

    @Override
    public Lag lag(FeedPosition from) {
      return feed.lag(from);
    }
  }
}
