package vn.dvk.models.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelRow;
import vn.dvk.shared.TextFolding;

/**
 * Lists of registrations, filtered, searched and paged in SQL.
 *
 * <p>Search matches every word of the query, folded, against the whole words of the model's folded
 * text; the last word matches as a prefix too when it has at least {@value #PREFIX_MIN_LENGTH}
 * letters, for what is still being typed (“dan van kh” finds “Dân vận khéo”). On PostgreSQL a
 * full-text GIN index over those words serves the condition; elsewhere it is a {@code like} over
 * the text padded with spaces. Both answer the same.
 */
@Repository
public class ModelSearch {

  static final int PREFIX_MIN_LENGTH = 3;

  private final JdbcClient jdbc;
  private final boolean fullTextIndex;
  private final SearchIndex index;
  private final NewestFirstWalk walk;
  private final RegistrationSpan span;

  public ModelSearch(
      JdbcClient jdbc, DataSource dataSource, SearchIndex index, RegistrationSpan span) {
    this.jdbc = jdbc;
    this.index = index;
    this.span = span;
    this.fullTextIndex = ListQuery.hasWordIndex(dataSource);
    this.walk = new NewestFirstWalk(jdbc, fullTextIndex);
  }

  /** The first and last registration years on record, to know which trees a list spans. */
  public int[] yearRange() {
    return span.get(
        () ->
            jdbc.sql(
                    "select coalesce(min(registration_year), 0),"
                        + " coalesce(max(registration_year), 0) from models_registration")
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single());
  }

  /**
   * @param unitsByYear for each registration year, the units whose registrations may be listed (the
   *     reader's subtree as it stood that year, narrowed to {@code filter.under()})
   */
  public List<ModelRow> find(ModelFilter filter, ListScope scope) {
    return find(filter, scope, Matches.UNKNOWN);
  }

  /**
   * How many rows a list is known to match. The planner cannot know: it multiplies the frequencies
   * of a query's words as if they were independent, and the words of a title come together (“mái ấm
   * tình thương”), so it takes a query matching 30,000 models for one matching 50. Counting first
   * and saying so picks the plan that suits: few matches are collected through the word index and
   * sorted; many are found by walking the list in its order, testing each row, until a page is
   * full.
   */
  public enum Matches {
    FEW,
    MANY,
    UNKNOWN
  }

  public List<ModelRow> find(ModelFilter filter, ListScope scope, Matches matches) {
    if (scope.isEmpty()) {
      return List.of();
    }
    var query = new ListQuery(filter, scope, fullTextIndex);
    if (matches == Matches.MANY && filter.sort() == ModelFilter.Sort.RECENT) {
      return walk.page(filter, query);
    }
    var spec =
        jdbc.sql(
            """
            select %s
              from models_registration r join models_model m on m.id = r.model_id
             where %s
             order by %s
             limit :limit offset :offset
            """
                .formatted(ListRows.COLUMNS, query.where(), ListRows.orderBy(filter.sort())));
    return ListRows.page(query.bind(spec), filter.size(), (long) filter.page() * filter.size());
  }

  /** A page of a list and the number of rows the list has, exact up to a limit. */
  public record Found(List<ModelRow> rows, long total) {}

  /**
   * A page of a list and how many rows match, counted up to {@code limit + 1} at most: beyond a
   * limit an exact figure costs a full scan of the matches and tells a reader nothing more. The
   * index answers with the page in its order. Without it the database finds the matches once: when
   * there are no more than {@code limit}, the page is taken from them; when there are more, the
   * list is walked in its order instead (see {@link Matches}).
   */
  public Found page(ModelFilter filter, ListScope scope, long limit) {
    if (scope.isEmpty()) {
      return new Found(List.of(), 0);
    }
    var wanted = (filter.page() + 1) * filter.size();
    var hits = index.search(filter, scope, wanted, limit);
    if (hits.isPresent()) {
      return fromIndex(filter, scope, hits.get());
    }
    var query = new ListQuery(filter, scope, fullTextIndex);
    var ids =
        query
            .bind(
                jdbc.sql(
                    "select r.id from models_registration r join models_model m"
                        + " on m.id = r.model_id where "
                        + query.where()
                        + " limit "
                        + (limit + 1)))
            .query(Long.class)
            .list();
    if (ids.size() > limit) {
      return new Found(find(filter, scope, Matches.MANY), limit + 1);
    }
    return fromIds(filter, query, ids);
  }

  /**
   * The page the index found, in the index's order, however long the list: only the page's rows are
   * read. They are checked again, since an index that is behind may name a row that no longer
   * belongs to the list, and such a row is left out: the filter in the database, the reader's scope
   * here (H2 cast the scope's arrays of units again for every row it tested, a third of a search).
   * Short lists were once read whole and ordered by the database, which cost a search two thirds of
   * its time and ordered titles by their code points, “Đ” after “Z”, where the index orders them as
   * read, without their marks.
   */
  private Found fromIndex(ModelFilter filter, ListScope scope, SearchIndex.Hits hits) {
    var ids = hits.registrationIds();
    var from = (int) Math.min((long) filter.page() * filter.size(), ids.size());
    var onPage = ids.subList(from, Math.min(from + filter.size(), ids.size()));
    if (onPage.isEmpty()) {
      return new Found(List.of(), hits.total());
    }
    var filterOnly = new ListQuery(filter, ListScope.everyUnit(scope.years()), fullTextIndex);
    var rows = new HashMap<Long, ModelRow>();
    for (var row : ListRows.page(byIds(onPage, filter, filterOnly), onPage.size(), 0)) {
      if (scope.covers(row.year(), row.unitCode())) {
        rows.put(row.registrationId(), row);
      }
    }
    return new Found(
        onPage.stream().map(rows::get).filter(Objects::nonNull).toList(), hits.total());
  }

  /** A page of a list of no more than the count limit, from all its registrations' keys. */
  private Found fromIds(ModelFilter filter, ListQuery query, List<Long> ids) {
    if (ids.isEmpty()) {
      return new Found(List.of(), 0);
    }
    var offset = (long) filter.page() * filter.size();
    if (filter.sort() == ModelFilter.Sort.RECENT) {
      // Newest first is the order of the keys: the page is cut from them before anything is read.
      var newest = ids.stream().sorted(Comparator.reverseOrder()).toList();
      var from = (int) Math.min(offset, newest.size());
      var onPage = newest.subList(from, Math.min(from + filter.size(), newest.size()));
      return new Found(
          onPage.isEmpty()
              ? List.of()
              : ListRows.page(byIds(onPage, filter, query), onPage.size(), 0),
          newest.size());
    }
    return new Found(ListRows.page(byIds(ids, filter, query), filter.size(), offset), ids.size());
  }

  /**
   * The rows of these registrations that meet the list's conditions, in the list's order. The
   * registrations are picked by their keys first (a derived table): with the key condition beside
   * the year condition, H2 2.4 walked the year index and returned the wrong page.
   */
  private JdbcClient.StatementSpec byIds(List<Long> ids, ModelFilter filter, ListQuery query) {
    return query
        .bind(
            jdbc.sql(
                """
                select %s
                  from (select * from models_registration
                         where id = any(cast(:ids as bigint array))) r
                  join models_model m on m.id = r.model_id
                 where %s
                 order by %s
                 limit :limit offset :offset
                """
                    .formatted(ListRows.COLUMNS, query.where(), ListRows.orderBy(filter.sort()))))
        .param("ids", ids.toArray(Long[]::new));
  }

  /** The folded words of a query. */
  static String[] words(String q) {
    return Arrays.stream(TextFolding.fold(q).split(" "))
        .filter(word -> !word.isEmpty())
        .toArray(String[]::new);
  }

  /** Whether a query's word also matches as a prefix: the last one, long enough. */
  static boolean isPrefix(String[] words, int i) {
    return i == words.length - 1 && words[i].length() >= PREFIX_MIN_LENGTH;
  }
}
