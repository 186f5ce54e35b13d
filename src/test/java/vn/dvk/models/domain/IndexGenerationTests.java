package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class IndexGenerationTests {

  @Test
  void aFilterUsedAgainAndAgainIsKeptEvenOnASmallSegment() throws IOException {
    var generation = IndexGeneration.create();
    try {
      for (var unit : List.of("BT.DL", "BT.TL", "LD.X01")) {
        var document = new Document();
        document.add(new StringField(SearchDocuments.UNIT, unit, Field.Store.NO));
        generation.writer().addDocument(document);
      }
      generation.searchers().maybeRefreshBlocking();
      var units =
          new TermInSetQuery(
              SearchDocuments.UNIT, List.of(new BytesRef("BT.DL"), new BytesRef("BT.TL")));
      var query =
          new BooleanQuery.Builder()
              .add(new MatchAllDocsQuery(), Occur.MUST)
              .add(units, Occur.FILTER)
              .build();

      var searcher = generation.searchers().acquire();
      try {
        for (int i = 0; i < 5; i++) {
          assertThat(searcher.count(query)).isEqualTo(2);
        }
        var filters = (LRUQueryCache) searcher.getQueryCache();
        assertThat(filters.getCacheCount()).as("filters kept on a segment of 3").isPositive();
        assertThat(filters.getHitCount()).as("and found again").isPositive();
      } finally {
        generation.searchers().release(searcher);
      }
    } finally {
      generation.close();
    }
  }
}
