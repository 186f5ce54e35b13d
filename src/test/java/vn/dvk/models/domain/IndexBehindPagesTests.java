package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelRow;
import vn.dvk.models.Models;
import vn.dvk.models.RegistrationState;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/** The rows of a page are checked in the database, whatever the index says. */
@IntegrationTest
class IndexBehindPagesTests {

  private static final String WORDS = "bep an tinh thuong cho vo xu";

  @Autowired SearchIndex index;
  @Autowired ModelSearch search;
  @Autowired SearchChanges changes;
  @Autowired MobilizationModels models;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aPageNeverShowsARowItsReaderOrFiltersExcludeEvenWhenTheIndexIsBehind() {
    await().atMost(Duration.ofSeconds(30)).until(index::ready);
    var saved =
        acting.as(
            "duclinh",
            () ->
                models.create(
                    Models.collective("Bếp ăn tình thương chợ Võ Xu", "BT.DL.X10"), 2025));
    var registration = saved.registrations().get(0).id();
    var drafts = filter(WORDS, RegistrationState.DRAFT);
    var anyState = filter(WORDS, null);
    var reader = ListScope.of(Map.of(2025, Set.of("BT.DL.X10")));
    assertThat(page(drafts, reader, 1_000)).containsExactly(registration);
    try {
      // Behind the index's back (no note): the model moves to a commune the reader cannot see.
      change("update models_model set unit_code = 'BT.DL.X09' where id = :id", saved.id());
      assertThat(indexed()).as("the index is behind").isNotEmpty();
      assertThat(page(drafts, reader, 1_000)).isEmpty();
      assertThat(page(drafts, reader, 0)).as("a long list, paged by the index").isEmpty();

      // Back in the reader's scope, but submitted, then renamed, still without a note.
      change("update models_model set unit_code = 'BT.DL.X10' where id = :id", saved.id());
      change("update models_registration set state = 'SUBMITTED' where id = :id", registration);
      assertThat(page(drafts, reader, 1_000)).isEmpty();
      assertThat(page(anyState, reader, 1_000)).containsExactly(registration);
      change("update models_model set search_text = 'bep an doi ten' where id = :id", saved.id());
      assertThat(page(anyState, reader, 1_000)).isEmpty();
      assertThat(page(anyState, reader, 0)).isEmpty();
    } finally {
      new TransactionTemplate(transactions)
          .executeWithoutResult(status -> changes.model(saved.id()));
    }
    assertThat(indexed()).as("the index has caught up").isEmpty();
  }

  private static ModelFilter filter(String q, RegistrationState state) {
    return new ModelFilter(q, null, null, null, null, null, state, null, null, 0, 20);
  }

  /** What the index itself says the list holds. */
  private List<Long> indexed() {
    return index
        .search(filter(WORDS, null), ListScope.everyUnit(Set.of(2025)), 20, 1_000)
        .orElseThrow()
        .registrationIds();
  }

  private void change(String sql, long id) {
    jdbc.sql(sql).param("id", id).update();
  }

  private List<Long> page(ModelFilter filter, ListScope scope, long limit) {
    return search.page(filter, scope, limit).rows().stream().map(ModelRow::registrationId).toList();
  }
}
