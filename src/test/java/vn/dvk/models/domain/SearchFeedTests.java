package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.Models;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/** The index follows the change feed in commit order, not by a window of recent notes. */
@IntegrationTest
class SearchFeedTests {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired SearchIndex index;
  @Autowired SearchChanges changes;
  @Autowired MobilizationModels models;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aChangeThatCommitsAfterThreeThousandNewerOnesIsStillIndexed() throws Exception {
    await().atMost(PATIENCE).until(index::ready);
    var saved =
        acting.as(
            "duclinh",
            () -> models.create(Models.collective("Giếng nước chung xóm Đá", "BT.DL.X10"), 2025));
    var registration = saved.registrations().get(0).id();
    var others =
        jdbc.sql("select id from models_model where id <> :id order by id limit 1500")
            .param("id", saved.id())
            .query(Long.class)
            .list();
    assertThat(others).hasSize(1_500);

    holdOpenWhile(
        saved.id(),
        "giengcholau",
        () -> {
          // Two imports' worth: 3,000 changes of other models commit meanwhile.
          for (int i = 0; i < 2; i++) {
            new TransactionTemplate(transactions)
                .executeWithoutResult(status -> others.forEach(changes::model));
          }
        });

    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> OtherInstance.indexed(index, "giengcholau", null).contains(registration));
  }

  /**
   * Adds a word to a model in a transaction that notes the change, then is held open before it
   * commits while {@code meanwhile} runs; commits it after.
   */
  private void holdOpenWhile(long model, String word, Runnable meanwhile) throws Exception {
    var noted = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var thread = Executors.newSingleThreadExecutor();
    try {
      var held =
          thread.submit(
              () ->
                  new TransactionTemplate(transactions)
                      .executeWithoutResult(
                          status -> {
                            jdbc.sql(
                                    "update models_model set search_text = search_text || ' '"
                                        + " || :word where id = :id")
                                .param("word", word)
                                .param("id", model)
                                .update();
                            changes.model(model);
                            TransactionSynchronizationManager.registerSynchronization(
                                holdBeforeCommit(noted, release));
                          }));
      assertThat(noted.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
      meanwhile.run();
      release.countDown();
      held.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } finally {
      release.countDown();
      thread.shutdownNow();
    }
  }

  /** Runs after the change's notes are written (registered after them), before the commit. */
  private static TransactionSynchronization holdBeforeCommit(
      CountDownLatch noted, CountDownLatch release) {
    return new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        noted.countDown();
        try {
          release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}
