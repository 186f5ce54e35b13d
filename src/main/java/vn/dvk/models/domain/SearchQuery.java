package vn.dvk.models.domain;

import static vn.dvk.models.domain.SearchDocuments.FIELD;
import static vn.dvk.models.domain.SearchDocuments.KIND;
import static vn.dvk.models.domain.SearchDocuments.MOVEMENT;
import static vn.dvk.models.domain.SearchDocuments.OWNER;
import static vn.dvk.models.domain.SearchDocuments.RID;
import static vn.dvk.models.domain.SearchDocuments.STATE;
import static vn.dvk.models.domain.SearchDocuments.TITLE;
import static vn.dvk.models.domain.SearchDocuments.UNIT;
import static vn.dvk.models.domain.SearchDocuments.WORD;
import static vn.dvk.models.domain.SearchDocuments.YEAR;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vn.dvk.models.ModelFilter;

/** A list's filter and scope as a query of the search index, and its order as the index's sort. */
final class SearchQuery {

  /**
   * The units' filters, made once per set of units: a reader's reach is the same request after
   * request, and a filter of a few hundred codes costs more to make (its terms sorted and encoded)
   * than the rest of the query.
   */
  private static final Cache<Set<String>, Query> UNIT_FILTERS =
      Caffeine.newBuilder().maximumSize(1_000).build();

  private SearchQuery() {}

  static Query of(ModelFilter filter, ListScope scope) {
    var all = new BooleanQuery.Builder();
    all.add(
        IntPoint.newSetQuery(YEAR, scope.years().stream().mapToInt(Integer::intValue).toArray()),
        Occur.FILTER);
    if (!scope.everyUnit()) {
      all.add(units(scope), Occur.FILTER);
    }
    if (filter.year() != null) {
      all.add(IntPoint.newExactQuery(YEAR, filter.year()), Occur.FILTER);
    }
    term(all, FIELD, filter.field());
    term(all, OWNER, filter.ownerKind() == null ? null : filter.ownerKind().name());
    term(all, STATE, filter.state() == null ? null : filter.state().name());
    term(all, KIND, filter.kind() == null ? null : filter.kind().name());
    term(all, MOVEMENT, filter.movement());
    if (filter.q() != null) {
      var words = ModelSearch.words(filter.q());
      for (int i = 0; i < words.length; i++) {
        all.add(
            ModelSearch.isPrefix(words, i)
                ? new PrefixQuery(new Term(WORD, words[i]))
                : new TermQuery(new Term(WORD, words[i])),
            Occur.FILTER);
      }
    }
    return all.build();
  }

  /** The same units every year, or each tree with the years it stood. */
  private static Query units(ListScope scope) {
    var groups = scope.yearsByUnits();
    if (groups.size() == 1) {
      return units(groups.keySet().iterator().next());
    }
    var byTree = new BooleanQuery.Builder();
    groups.forEach(
        (units, years) ->
            byTree.add(
                new BooleanQuery.Builder()
                    .add(
                        IntPoint.newSetQuery(
                            YEAR, years.stream().mapToInt(Integer::intValue).toArray()),
                        Occur.FILTER)
                    .add(units(units), Occur.FILTER)
                    .build(),
                Occur.SHOULD));
    return byTree.setMinimumNumberShouldMatch(1).build();
  }

  private static Query units(Set<String> units) {
    return UNIT_FILTERS.get(
        Set.copyOf(units),
        codes -> new TermInSetQuery(UNIT, codes.stream().map(BytesRef::new).toList()));
  }

  private static void term(BooleanQuery.Builder all, String field, String value) {
    if (value != null) {
      all.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  /** The list's order, as {@link ModelSearch} orders it, the registration last (its id). */
  static Sort sort(ModelFilter.Sort sort) {
    var registration = new SortField(RID, SortField.Type.LONG, sort == ModelFilter.Sort.RECENT);
    var title = new SortField(TITLE, SortField.Type.STRING);
    var yearDown = new SortField(YEAR, SortField.Type.INT, true);
    return switch (sort) {
      case RECENT -> new Sort(registration);
      case TITLE -> new Sort(title, yearDown, registration);
      case UNIT ->
          new Sort(new SortField(UNIT, SortField.Type.STRING), yearDown, title, registration);
      case YEAR -> new Sort(new SortField(YEAR, SortField.Type.INT), title, registration);
    };
  }
}
