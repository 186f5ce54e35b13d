package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.support.IntegrationTest;

/** The index reads the feed on its own thread, whether the application's scheduled jobs run. */
@IntegrationTest
@TestPropertySource(properties = "dvk.reminders.enabled=false")
class SearchIndexPollingTests {

  @Autowired SearchIndex index;
  @Autowired SearchFeed feed;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationContext context;

  @Test
  void withRemindersTurnedOffTheIndexStillReadsOtherInstancesChanges() {
    assertThat(
            context.containsBean(
                "org.springframework.context.annotation.internalScheduledAnnotationProcessor"))
        .as("no scheduled jobs run in this application")
        .isFalse();
    await().atMost(Duration.ofSeconds(30)).until(index::ready);
    var model =
        jdbc.sql("select min(id) from models_model where unit_code = 'BT.DL.X08'")
            .query(Long.class)
            .single();
    var registrations =
        jdbc.sql("select id from models_registration where model_id = :id")
            .param("id", model)
            .query(Long.class)
            .list();

    OtherInstance.changeElsewhere(
        new TransactionTemplate(transactions), jdbc, feed, model, "nhipdeuden");

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .untilAsserted(
            () ->
                assertThat(OtherInstance.indexed(index, "nhipdeuden", null))
                    .containsExactlyInAnyOrderElementsOf(registrations));
  }
}
