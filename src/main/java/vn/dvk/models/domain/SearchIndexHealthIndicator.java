package vn.dvk.models.domain;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex} in the health endpoint: how far behind the search index is — the notes it has
 * not applied yet, the age of the oldest, whether it is being built, how many rounds failed in a
 * row. Up when it has caught up or the oldest note waiting is younger than {@code
 * dvk.search.index.max-lag} (1 min), and while it is built or turned off (the database answers the
 * lists then); down when it is further behind.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

  private final SearchIndex index;
  private final SearchIndexer indexer;
  private final SearchFeed feed;
  private final Clock clock;
  private final Duration maxLag;

  SearchIndexHealthIndicator(
      SearchIndex index,
      SearchIndexer indexer,
      SearchFeed feed,
      Clock clock,
      SearchIndexSettings settings) {
    this.index = index;
    this.indexer = indexer;
    this.feed = feed;
    this.clock = clock;
    this.maxLag = settings.maxLag();
  }

  @Override
  public Health health() {
    var status = indexer.status();
    var position = index.position();
    var health =
        Health.up()
            .withDetail("enabled", status.enabled())
            .withDetail("building", status.enabled() && position == null)
            .withDetail("builds", status.builds())
            .withDetail("failuresInARow", status.failures());
    if (position == null) {
      return health.build();
    }
    var lag = feed.lag(position);
    var age =
        lag.oldest() == null ? Duration.ZERO : Duration.between(lag.oldest(), clock.instant());
    health
        .withDetail("position", position.xmin() + ":" + position.xmax())
        .withDetail("inFlightAtPosition", position.inFlight().length)
        .withDetail("caughtUpAt", index.caughtUpAt().toString())
        .withDetail("unappliedNotes", lag.notes())
        .withDetail("oldestUnappliedMillis", Math.max(0, age.toMillis()))
        .withDetail("maxLagMillis", maxLag.toMillis());
    return (age.compareTo(maxLag) > 0 ? health.down() : health).build();
  }
}
