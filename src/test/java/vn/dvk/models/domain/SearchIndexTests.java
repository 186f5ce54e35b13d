package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelRow;
import vn.dvk.models.Models;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.RegistrationAction;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.models.Registrations;
import vn.dvk.shared.TextFolding;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

@IntegrationTest
class SearchIndexTests {

  private static final Set<Integer> YEARS = Set.of(2021, 2022, 2023, 2024, 2025, 2026);

  @Autowired SearchIndex index;
  @Autowired SearchIndexer indexer;
  @Autowired ModelSearch search;
  @Autowired SearchChanges changes;
  @Autowired SearchFeed feed;
  @Autowired SearchDocuments documents;
  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Clock clock;

  /** The lists as the database alone answers them (an index that is never built). */
  private ModelSearch database() {
    return new ModelSearch(
        jdbc,
        dataSource,
        new SearchIndex(changes),
        new RegistrationSpan(java.time.Duration.ofMinutes(1)));
  }

  private OtherInstance otherInstance() {
    return new OtherInstance(changes, feed, documents, jdbc, clock, SearchIndexSettings.defaults());
  }

  private static ModelFilter filter(
      String q,
      Integer year,
      String field,
      String movement,
      OwnerKind owner,
      RegistrationState state,
      RegistrationKind kind,
      ModelFilter.Sort sort,
      int page) {
    return new ModelFilter(q, year, null, field, movement, owner, state, kind, sort, page, 20);
  }

  @Test
  void answersEveryListAsTheDatabaseDoes() {
    waitFor(index::ready);
    var movement =
        jdbc.sql("select min(movement_code) from models_model_movement")
            .query(String.class)
            .single();
    var field = jdbc.sql("select min(field_code) from models_model").query(String.class).single();
    var ducLinh =
        new HashSet<>(
            jdbc.sql("select distinct unit_code from models_model where unit_code like 'BT.DL%'")
                .query(String.class)
                .list());
    var tanhLinh =
        new HashSet<>(
            jdbc.sql("select distinct unit_code from models_model where unit_code like 'BT.TL%'")
                .query(String.class)
                .list());
    var scopes =
        List.of(
            ListScope.everyUnit(YEARS),
            ListScope.of(Map.of(2022, ducLinh, 2023, ducLinh, 2024, ducLinh)),
            ListScope.of(Map.of(2022, ducLinh, 2023, tanhLinh)));
    var filters = new ArrayList<ModelFilter>();
    for (var sort : ModelFilter.Sort.values()) {
      filters.add(filter(null, null, null, null, null, null, null, sort, 0));
      filters.add(filter("dan van kheo", null, null, null, null, null, null, sort, 0));
      filters.add(filter("Dân vận kh", null, null, null, null, null, null, sort, 1));
      filters.add(filter("đức linh", 2023, null, null, null, null, null, sort, 0));
    }
    filters.add(filter(null, 2023, field, null, null, null, null, ModelFilter.Sort.RECENT, 0));
    filters.add(filter(null, null, null, movement, null, null, null, ModelFilter.Sort.RECENT, 2));
    filters.add(
        filter(
            null, null, null, null, OwnerKind.INDIVIDUAL, null, null, ModelFilter.Sort.TITLE, 0));
    filters.add(
        filter(
            null,
            2024,
            null,
            null,
            null,
            RegistrationState.IN_PROGRESS,
            RegistrationKind.CONTINUED,
            ModelFilter.Sort.YEAR,
            0));
    filters.add(filter("khong co tu nay", null, null, null, null, null, null, null, 0));
    filters.add(filter("!!!", 2022, null, null, null, null, null, null, 0));

    var database = database();
    var compared = 0;
    for (var scope : scopes) {
      for (var filter : filters) {
        var fromIndex = search.page(filter, scope, 1_000);
        var fromDatabase = database.page(filter, scope, 1_000);
        assertThat(fromIndex.total()).as(filter + " in " + scope).isEqualTo(fromDatabase.total());
        if (filter.sort() == ModelFilter.Sort.RECENT) {
          assertThat(ids(fromIndex.rows()))
              .as(filter + " in " + scope)
              .isEqualTo(ids(fromDatabase.rows()));
        } else if (fromDatabase.total() <= 1_000) {
          // Sorted otherwise, the index orders the list by titles as read, without their marks.
          assertThat(ids(fromIndex.rows()))
              .as(filter + " in " + scope)
              .isEqualTo(ids(asTheIndexOrders(database, filter, scope)));
        } else {
          assertThat(fromIndex.rows()).hasSameSizeAs(fromDatabase.rows());
        }
        if (filter.sort() == ModelFilter.Sort.RECENT) {
          // Past a small limit the index pages the list itself, newest first as the database.
          var longIndex = search.page(filter, scope, 5);
          var longDatabase = database.page(filter, scope, 5);
          assertThat(ids(longIndex.rows()))
              .as(filter + " long")
              .isEqualTo(ids(longDatabase.rows()));
          assertThat(longIndex.total()).isEqualTo(longDatabase.total());
        }
        // The index itself, not only the database behind it, gives the count and the order.
        var hits = index.search(filter, scope, (filter.page() + 1) * 20, 1_000).orElseThrow();
        assertThat(hits.total()).as(filter + " in " + scope).isEqualTo(fromDatabase.total());
        if (filter.sort() == ModelFilter.Sort.RECENT) {
          var from = Math.min(filter.page() * 20, hits.registrationIds().size());
          var to = Math.min(from + 20, hits.registrationIds().size());
          assertThat(hits.registrationIds().subList(from, to))
              .as(filter + " in " + scope)
              .isEqualTo(ids(fromDatabase.rows()));
        }
        compared += fromDatabase.rows().size();
      }
    }
    assertThat(compared).as("the lists compared are not all empty").isGreaterThan(500);
  }

  @Test
  void findsWhatWasJustSavedAndForgetsWhatWasChanged() {
    waitFor(index::ready);
    var saved =
        acting.as(
            "duclinh",
            () -> models.create(Models.collective("Sân chơi cầu lông xóm Bàu", "BT.DL.X10"), 2025));
    var registration = saved.registrations().get(0).id();

    assertThat(indexed("cau long xom bau", null)).containsExactly(registration);
    assertThat(indexed("cau long", RegistrationState.DRAFT)).contains(registration);

    var renamed =
        acting.as(
            "duclinh",
            () ->
                models.update(
                    saved.id(),
                    saved.version(),
                    Models.collective("Sân chơi bóng chuyền xóm Bàu", "BT.DL.X10")));
    assertThat(indexed("cau long xom bau", null)).isEmpty();
    assertThat(indexed("bong chuyen xom bau", null)).containsExactly(registration);

    acting.run(
        "duclinh", () -> registrations.act(renamed.id(), 2025, RegistrationAction.SUBMIT, null));
    assertThat(indexed("bong chuyen xom bau", RegistrationState.DRAFT)).isEmpty();
    assertThat(indexed("bong chuyen xom bau", RegistrationState.SUBMITTED))
        .containsExactly(registration);
  }

  @Test
  void insideATransactionThatChangedModelsTheDatabaseAnswers() {
    waitFor(index::ready);
    var filter = filter("ao ca bac ho xom moi", null, null, null, null, null, null, null, 0);
    var scope = ListScope.everyUnit(YEARS);
    var rollback = new TransactionTemplate(transactions);
    rollback.executeWithoutResult(
        status -> {
          acting.run(
              "duclinh",
              () -> models.create(Models.collective("Ao cá Bác Hồ xóm Mới", "BT.DL.X10"), 2025));
          assertThat(index.search(filter, scope, 20, 1_000)).isEmpty();
          assertThat(search.page(filter, scope, 1_000).rows())
              .extracting(ModelRow::title)
              .containsExactly("Ao cá Bác Hồ xóm Mới");
          status.setRollbackOnly();
        });

    assertThat(indexed("ao ca bac ho xom moi", null)).isEmpty();
  }

  @Test
  void anotherInstanceCatchesUpFromTheFeed() throws Exception {
    try (var other = otherInstance().refresh()) {
      assertThat(other.index.ready()).isTrue();
      var saved =
          acting.as(
              "duclinh",
              () -> models.create(Models.collective("Tổ tự quản đèn đường", "BT.DL.X10"), 2025));
      var registration = saved.registrations().get(0).id();
      assertThat(other.indexed("tu quan den duong")).isEmpty();

      other.refresh();
      assertThat(other.indexed("tu quan den duong")).containsExactly(registration);
      assertThat(other.indexer.status().builds()).isEqualTo(1);
    }
  }

  @Test
  void aBulkChangeRebuildsTheIndex() throws Exception {
    try (var other = otherInstance().refresh()) {
      var model =
          jdbc.sql("select min(id) from models_model where unit_code = 'BT.DL.X10'")
              .query(Long.class)
              .single();
      jdbc.sql("update models_model set search_text = search_text || ' hangloat' where id = :id")
          .param("id", model)
          .update();
      assertThat(other.indexed("hangloat")).isEmpty();

      changes.everything();
      other.refresh();

      assertThat(other.index.ready()).isTrue();
      assertThat(other.indexed("hangloat")).isNotEmpty();
      assertThat(other.indexer.status().builds()).isEqualTo(2);
    } finally {
      waitFor(index::ready);
    }
  }

  @Test
  void changesOlderThanADayAreForgotten() {
    var model = jdbc.sql("select min(id) from models_model").query(Long.class).single();
    var old =
        jdbc.sql("insert into models_search_change (model_id, changed_at) values (:id, :at)")
            .param("id", model)
            .param("at", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(2))))
            .update();
    var recent = maxSeq();
    changes.model(model);

    changes.prune();

    assertThat(old).isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from models_search_change where seq = :seq")
                .param("seq", recent)
                .query(Long.class)
                .single())
        .as("the day-old change is gone")
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from models_search_change where seq > :seq")
                .param("seq", recent)
                .query(Long.class)
                .single())
        .as("the new change stays")
        .isEqualTo(1);
  }

  private long maxSeq() {
    return jdbc.sql("select coalesce(max(seq), 0) from models_search_change")
        .query(Long.class)
        .single();
  }

  private List<Long> indexed(String q, RegistrationState state) {
    return OtherInstance.indexed(index, q, state);
  }

  /** The page of the whole list read from the database, ordered as the index orders it. */
  private static List<ModelRow> asTheIndexOrders(
      ModelSearch database, ModelFilter filter, ListScope scope) {
    var all = new ArrayList<ModelRow>();
    for (var page = 0; ; page++) {
      var rows =
          database
              .page(
                  new ModelFilter(
                      filter.q(),
                      filter.year(),
                      filter.under(),
                      filter.field(),
                      filter.movement(),
                      filter.ownerKind(),
                      filter.state(),
                      filter.kind(),
                      ModelFilter.Sort.RECENT,
                      page,
                      ModelFilter.MAX_PAGE_SIZE),
                  scope,
                  1_000)
              .rows();
      all.addAll(rows);
      if (rows.size() < ModelFilter.MAX_PAGE_SIZE) {
        break;
      }
    }
    // Lucene compares the UTF-8 bytes of its sort keys.
    Comparator<ModelRow> title =
        Comparator.comparing(r -> new BytesRef(TextFolding.fold(r.title())));
    Comparator<ModelRow> yearDown = Comparator.comparingInt(ModelRow::year).reversed();
    Comparator<ModelRow> key = Comparator.comparingLong(ModelRow::registrationId);
    all.sort(
        switch (filter.sort()) {
          case TITLE -> title.thenComparing(yearDown).thenComparing(key);
          case UNIT ->
              Comparator.comparing((ModelRow r) -> new BytesRef(r.unitCode()))
                  .thenComparing(yearDown)
                  .thenComparing(title)
                  .thenComparing(key);
          case YEAR ->
              Comparator.comparingInt(ModelRow::year).thenComparing(title).thenComparing(key);
          case RECENT -> key.reversed();
        });
    var from = Math.min(filter.page() * filter.size(), all.size());
    return all.subList(from, Math.min(from + filter.size(), all.size()));
  }

  private static List<Long> ids(List<ModelRow> rows) {
    return rows.stream().map(ModelRow::registrationId).toList();
  }

  private static void waitFor(BooleanSupplier condition) {
    var until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("the search index was not built in 30 s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError(interrupted);
      }
    }
  }
}
