package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.junit.jupiter.api.Test;
import vn.dvk.models.ModelFilter;

class SearchQueryTests {

  @Test
  void aReadersUnitsFilterIsMadeOnceAndKeptForTheNextRequest() {
    var reach = new HashSet<>(Set.of("LD", "LD.X31", "LD.X32"));
    var first = unitsFilter(SearchQuery.of(ModelFilter.all(), ListScope.of(Map.of(2026, reach))));
    var second =
        unitsFilter(
            SearchQuery.of(ModelFilter.all(), ListScope.of(Map.of(2026, Set.copyOf(reach)))));
    reach.add("LD.X33");
    var other = unitsFilter(SearchQuery.of(ModelFilter.all(), ListScope.of(Map.of(2026, reach))));

    assertThat(second).isSameAs(first).isInstanceOf(TermInSetQuery.class);
    assertThat(first.toString()).contains("LD.X31").doesNotContain("LD.X33");
    assertThat(other).isNotSameAs(first).isNotEqualTo(first);
    assertThat(other.toString()).contains("LD.X33");
  }

  private static Query unitsFilter(Query query) {
    return ((BooleanQuery) query)
        .clauses().stream()
            .map(BooleanClause::getQuery)
            .filter(TermInSetQuery.class::isInstance)
            .findFirst()
            .orElseThrow();
  }
}
