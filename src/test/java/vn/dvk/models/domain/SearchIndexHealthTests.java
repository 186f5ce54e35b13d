package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.support.IntegrationTest;

@IntegrationTest
class SearchIndexHealthTests {

  @Autowired SearchChanges changes;
  @Autowired SearchFeed feed;
  @Autowired SearchDocuments documents;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired HealthContributorRegistry registry;

  @Test
  void theHealthIndicatorTellsHowFarBehindTheIndexIs() throws Exception {
    try (var other =
        new OtherInstance(changes, feed, documents, jdbc, clock, SearchIndexSettings.defaults())) {
      var building = health(other, clock);
      assertThat(building.getStatus()).isEqualTo(Status.UP);
      assertThat(building.getDetails()).containsEntry("building", true);

      other.refresh();
      var model =
          jdbc.sql("select min(id) from models_model where unit_code = 'BT.DL.X09'")
              .query(Long.class)
              .single();
      OtherInstance.changeElsewhere(
          new TransactionTemplate(transactions), jdbc, feed, model, "tre");
      var behind = health(other, clock);
      assertThat(behind.getStatus()).isEqualTo(Status.UP);
      assertThat(behind.getDetails())
          .containsEntry("building", false)
          .containsEntry("builds", 1L)
          .containsEntry("failuresInARow", 0);
      assertThat((Long) behind.getDetails().get("unappliedNotes")).isPositive();

      var later = Clock.offset(clock, Duration.ofMinutes(5));
      var tooFar = health(other, later);
      assertThat(tooFar.getStatus()).isEqualTo(Status.DOWN);
      assertThat((Long) tooFar.getDetails().get("oldestUnappliedMillis"))
          .isGreaterThanOrEqualTo(Duration.ofMinutes(4).toMillis());

      other.refresh();
      var caughtUp = health(other, later);
      assertThat(caughtUp.getStatus()).isEqualTo(Status.UP);
      assertThat(caughtUp.getDetails()).containsEntry("unappliedNotes", 0L);
    }
  }

  @Test
  void thisInstancesIndexIsInTheHealthEndpointAsSearchIndex() {
    var contributor = (HealthIndicator) registry.getContributor("searchIndex");

    assertThat(contributor.health().getDetails())
        .containsKeys("enabled", "building", "failuresInARow");
  }

  private org.springframework.boot.health.contributor.Health health(OtherInstance other, Clock at) {
    return new SearchIndexHealthIndicator(
            other.index, other.indexer, feed, at, SearchIndexSettings.defaults())
        .health();
  }
}
