package vn.dvk.models.domain;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.RegistrationState;

/**
 * The search index of another application instance on the same database: it hears nothing of this
 * instance's commits, only the feed, and is not started (a test runs its rounds).
 */
final class OtherInstance implements AutoCloseable {

  static final Set<Integer> YEARS = Set.of(2021, 2022, 2023, 2024, 2025, 2026);

  final SearchIndex index;
  final SearchIndexer indexer;

  OtherInstance(
      SearchChanges changes,
      SearchFeed feed,
      SearchDocuments documents,
      JdbcClient jdbc,
      Clock clock,
      SearchIndexSettings settings) {
    this.index = new SearchIndex(changes);
    this.indexer = new SearchIndexer(index, feed, documents, changes, jdbc, clock, settings);
  }

  /** Runs one round on the index's thread: builds the index, or applies the notes past it. */
  OtherInstance refresh() throws InterruptedException, ExecutionException {
    indexer.refresh();
    return this;
  }

  List<Long> indexed(String q) {
    return indexed(index, q, null);
  }

  static List<Long> indexed(SearchIndex index, String q, RegistrationState state) {
    return index
        .search(filter(q, state), ListScope.everyUnit(YEARS), 20, 1_000)
        .orElseThrow()
        .registrationIds();
  }

  static ModelFilter filter(String q, RegistrationState state) {
    return new ModelFilter(q, null, null, null, null, null, state, null, null, 0, 20);
  }

  /**
   * A change that another instance commits: a word added to a model, with its note in the feed, and
   * no signal to any index of this process.
   */
  static void changeElsewhere(
      TransactionTemplate transaction, JdbcClient jdbc, SearchFeed feed, long model, String word) {
    var written =
        transaction.execute(
            status -> {
              jdbc.sql(
                      "update models_model set search_text = search_text || ' ' || :word"
                          + " where id = :id")
                  .param("word", word)
                  .param("id", model)
                  .update();
              return feed.write(List.of(model), Clock.systemUTC().instant());
            });
    written.finished();
  }

  @Override
  public void close() throws InterruptedException {
    indexer.destroy();
  }
}
