package vn.dvk.models.domain;

import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import vn.dvk.models.ModelExportRow;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelRow;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
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

  private static final int WALK_SLICE = 2_000;
  private static final int WALK_SLICE_MAX = 64_000;

  private static final int EXPORT_FETCH_SIZE = 1000;

  private final JdbcClient jdbc;
  private final JdbcClient streaming;
  private final boolean fullTextIndex;
  private final SearchIndex index;

  public ModelSearch(JdbcClient jdbc, DataSource dataSource, SearchIndex index) {
    this.jdbc = jdbc;
    this.index = index;
    var template = new JdbcTemplate(dataSource);
    template.setFetchSize(EXPORT_FETCH_SIZE);
    this.streaming = JdbcClient.create(template);
    this.fullTextIndex = isPostgres(dataSource);
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      return "PostgreSQL"
          .equals(
              JdbcUtils.extractDatabaseMetaData(
                  dataSource, DatabaseMetaData::getDatabaseProductName));
    } catch (MetaDataAccessException unreadable) {
      return false;
    }
  }

  /**
   * Every matching registration, in list order, handed one at a time to {@code sink}: rows are
   * fetched in batches (a cursor on PostgreSQL, inside the caller's transaction), never all held.
   */
  public void export(ModelFilter filter, ListScope scope, Consumer<ModelExportRow> sink) {
    if (scope.isEmpty()) {
      return;
    }
    var query = new ListQuery(filter, scope, fullTextIndex);
    var spec =
        streaming.sql(
            """
            select m.id, r.registration_year, r.kind, r.state, m.title, m.owner_kind,
                   m.person_name, m.person_position, m.unit_code, m.field_code, m.start_date,
                   m.evaluation_date, m.funds_vnd, m.contribution_vnd, m.working_days,
                   (select string_agg(mm.movement_code, ', ' order by mm.movement_code)
                      from models_model_movement mm where mm.model_id = m.id) as movements
              from models_registration r join models_model m on m.id = r.model_id
             where %s
             order by %s
            """
                .formatted(query.where(), orderBy(filter.sort())));
    query
        .bind(spec)
        .query(
            (RowCallbackHandler)
                rs ->
                    sink.accept(
                        new ModelExportRow(
                            rs.getLong("id"),
                            rs.getInt("registration_year"),
                            RegistrationKind.valueOf(rs.getString("kind")),
                            RegistrationState.valueOf(rs.getString("state")),
                            rs.getString("title"),
                            OwnerKind.valueOf(rs.getString("owner_kind")),
                            rs.getString("person_name"),
                            rs.getString("person_position"),
                            rs.getString("unit_code"),
                            rs.getString("field_code"),
                            rs.getString("movements"),
                            rs.getObject("start_date", LocalDate.class),
                            rs.getObject("evaluation_date", LocalDate.class),
                            rs.getObject("funds_vnd", Long.class),
                            rs.getObject("contribution_vnd", Long.class),
                            rs.getObject("working_days", Integer.class))));
  }

  /** The first and last registration years on record, to know which trees a list spans. */
  public int[] yearRange() {
    return jdbc.sql(
            "select coalesce(min(registration_year), 0), coalesce(max(registration_year), 0) from models_registration")
        .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
        .single();
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
      return walkInOrder(filter, query);
    }
    var spec =
        jdbc.sql(
            """
            select m.id as model_id, r.id as registration_id, m.title, m.unit_code, m.owner_kind,
                   m.person_name, m.field_code, r.registration_year, r.kind, r.state
              from models_registration r join models_model m on m.id = r.model_id
             where %s
             order by %s
             limit :limit offset :offset
            """
                .formatted(query.where(), orderBy(filter.sort())));
    return page(query.bind(spec), filter.size(), (long) filter.page() * filter.size());
  }

  /**
   * A page of a list that matches many rows, newest first: the registrations are read backwards in
   * slices of the primary key, each registration's model looked up by its key and tested (on
   * PostgreSQL a lateral subquery the planner may not flatten), until the page is full. Each slice
   * costs the same whatever the planner believes about the words or the units; slices grow while
   * they find little.
   */
  private List<ModelRow> walkInOrder(ModelFilter filter, ListQuery query) {
    var wanted = (filter.page() + 1) * filter.size();
    var found = new ArrayList<ModelRow>();
    var below = Long.MAX_VALUE;
    var slice = WALK_SLICE;
    while (found.size() < wanted) {
      var bounds =
          jdbc.sql(
                  "select min(id), count(*) from (select id from models_registration"
                      + " where id < :below order by id desc limit :slice) s")
              .param("below", below)
              .param("slice", slice)
              .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
              .single();
      if (bounds[1] == 0) {
        break;
      }
      var spec =
          jdbc.sql(
              """
              select m.id as model_id, r.id as registration_id, m.title, m.unit_code, m.owner_kind,
                     m.person_name, m.field_code, r.registration_year, r.kind, r.state
                %s
               order by r.id desc
               limit :limit offset :offset
              """
                  .formatted(
                      fullTextIndex
                          ? """
                            from (select * from models_registration
                                   where id >= :sliceFrom and id < :sliceTo) r
                            cross join lateral (select m.* from models_model m
                              where m.id = r.model_id and %s offset 0) m
                            """
                              .formatted(query.where())
                          : """
                            from models_registration r join models_model m on m.id = r.model_id
                            where r.id >= :sliceFrom and r.id < :sliceTo and %s
                            """
                              .formatted(query.where())));
      found.addAll(
          page(
              query.bind(spec).param("sliceFrom", bounds[0]).param("sliceTo", below),
              wanted - found.size(),
              0));
      if (bounds[1] < slice) {
        break;
      }
      below = bounds[0];
      slice = Math.min(slice * 2, WALK_SLICE_MAX);
    }
    var from = Math.min(found.size(), filter.page() * filter.size());
    return List.copyOf(found.subList(from, found.size()));
  }

  private static List<ModelRow> page(JdbcClient.StatementSpec spec, int limit, long offset) {
    return spec.param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new ModelRow(
                    rs.getLong("model_id"),
                    rs.getLong("registration_id"),
                    rs.getString("title"),
                    rs.getString("unit_code"),
                    null,
                    OwnerKind.valueOf(rs.getString("owner_kind")),
                    rs.getString("person_name"),
                    rs.getString("field_code"),
                    rs.getInt("registration_year"),
                    RegistrationKind.valueOf(rs.getString("kind")),
                    RegistrationState.valueOf(rs.getString("state"))))
        .list();
  }

  /** A page of a list and the number of rows the list has, exact up to a limit. */
  public record Found(List<ModelRow> rows, long total) {}

  /**
   * A page of a list and how many rows match, counted up to {@code limit + 1} at most: beyond a
   * limit an exact figure costs a full scan of the matches and tells a reader nothing more. The
   * matches are found once: when there are no more than {@code limit}, the page is taken from them;
   * when there are more, the list is walked in its order instead (see {@link Matches}).
   */
  public Found page(ModelFilter filter, ListScope scope, long limit) {
    if (scope.isEmpty()) {
      return new Found(List.of(), 0);
    }
    var wanted = (filter.page() + 1) * filter.size();
    var query = new ListQuery(filter, scope, fullTextIndex);
    var hits = index.search(filter, scope, wanted, limit);
    if (hits.isPresent()) {
      return fromIndex(filter, query, hits.get(), limit);
    }
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
   * A page from the index's answer: when the list is short, cut from all its registrations as the
   * database orders them; when it is long, the page the index found, in the index's order. The rows
   * are read with the list's own conditions: an index that is behind may name a row that no longer
   * belongs to the list, and the row is left out.
   */
  private Found fromIndex(ModelFilter filter, ListQuery query, SearchIndex.Hits hits, long limit) {
    if (hits.total() <= limit) {
      return fromIds(filter, query, hits.registrationIds());
    }
    var ids = hits.registrationIds();
    var from = (int) Math.min((long) filter.page() * filter.size(), ids.size());
    var onPage = ids.subList(from, Math.min(from + filter.size(), ids.size()));
    if (onPage.isEmpty()) {
      return new Found(List.of(), hits.total());
    }
    var rows = new HashMap<Long, ModelRow>();
    for (var row : page(byIds(onPage, filter, query), onPage.size(), 0)) {
      rows.put(row.registrationId(), row);
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
          onPage.isEmpty() ? List.of() : page(byIds(onPage, filter, query), onPage.size(), 0),
          newest.size());
    }
    return new Found(page(byIds(ids, filter, query), filter.size(), offset), ids.size());
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
                select m.id as model_id, r.id as registration_id, m.title, m.unit_code,
                       m.owner_kind, m.person_name, m.field_code, r.registration_year, r.kind,
                       r.state
                  from (select * from models_registration
                         where id = any(cast(:ids as bigint array))) r
                  join models_model m on m.id = r.model_id
                 where %s
                 order by %s
                 limit :limit offset :offset
                """
                    .formatted(query.where(), orderBy(filter.sort()))))
        .param("ids", ids.toArray(Long[]::new));
  }

  private static String orderBy(ModelFilter.Sort sort) {
    return switch (sort) {
      case TITLE -> "m.title, r.registration_year desc, r.id";
      case UNIT -> "m.unit_code, r.registration_year desc, m.title, r.id";
      case YEAR -> "r.registration_year, m.title, r.id";
      case RECENT -> "r.id desc";
    };
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
