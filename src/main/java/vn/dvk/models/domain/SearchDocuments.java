package vn.dvk.models.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.BytesRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.shared.TextFolding;

/**
 * The search index's documents, read from the database: one per registration, with its model's
 * words (the folded search text), year, unit, field, owner kind, state, kind and movements.
 */
@Component
class SearchDocuments {

  static final String RID = "rid";
  static final String MODEL = "model";
  static final String YEAR = "year";
  static final String UNIT = "unit";
  static final String FIELD = "field";
  static final String OWNER = "owner";
  static final String STATE = "state";
  static final String KIND = "kind";
  static final String MOVEMENT = "movement";
  static final String WORD = "w";
  static final String TITLE = "title";

  private static final int FETCH_SIZE = 1_000;

  private static final String ROWS =
      """
      select r.id, r.model_id, r.registration_year, r.kind, r.state, m.unit_code, m.field_code,
             m.owner_kind, m.title, m.search_text,
             (select string_agg(mm.movement_code, ' ')
                from models_model_movement mm where mm.model_id = m.id) as movements
        from models_registration r join models_model m on m.id = r.model_id
      """;

  private final JdbcClient jdbc;
  private final JdbcClient streaming;
  private final TransactionTemplate reading;

  SearchDocuments(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    var template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH_SIZE);
    this.streaming = JdbcClient.create(template);
    this.reading = new TransactionTemplate(transactions);
    reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    reading.setReadOnly(true);
  }

  /** Adds every registration to {@code writer} (a cursor on PostgreSQL); returns how many. */
  long addAll(IndexWriter writer) {
    long[] count = {0};
    reading.executeWithoutResult(
        status ->
            streaming
                .sql(ROWS + " order by r.id")
                .query(
                    (RowCallbackHandler)
                        rs -> {
                          add(writer, document(rs));
                          count[0]++;
                        }));
    return count[0];
  }

  /** The documents of these models' registrations as they stand now. */
  List<Document> ofModels(List<Long> models) {
    var documents = new ArrayList<Document>();
    reading.executeWithoutResult(
        status ->
            jdbc.sql(ROWS + " where m.id = any(cast(:ids as bigint array))")
                .param("ids", models.toArray(Long[]::new))
                .query((RowCallbackHandler) rs -> documents.add(document(rs))));
    return documents;
  }

  private static void add(IndexWriter writer, Document document) {
    try {
      writer.addDocument(document);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static Document document(ResultSet rs) throws SQLException {
    var doc = new Document();
    var registration = rs.getLong("id");
    doc.add(new LongPoint(RID, registration));
    doc.add(new NumericDocValuesField(RID, registration));
    doc.add(new StringField(MODEL, Long.toString(rs.getLong("model_id")), Field.Store.NO));
    var year = rs.getInt("registration_year");
    doc.add(new IntPoint(YEAR, year));
    doc.add(new NumericDocValuesField(YEAR, year));
    var unit = rs.getString("unit_code");
    doc.add(new StringField(UNIT, unit, Field.Store.NO));
    doc.add(new SortedDocValuesField(UNIT, new BytesRef(unit)));
    doc.add(new StringField(FIELD, rs.getString("field_code"), Field.Store.NO));
    doc.add(new StringField(OWNER, rs.getString("owner_kind"), Field.Store.NO));
    doc.add(new StringField(STATE, rs.getString("state"), Field.Store.NO));
    doc.add(new StringField(KIND, rs.getString("kind"), Field.Store.NO));
    doc.add(new SortedDocValuesField(TITLE, new BytesRef(TextFolding.fold(rs.getString("title")))));
    var movements = rs.getString("movements");
    if (movements != null) {
      for (var movement : movements.split(" ")) {
        doc.add(new StringField(MOVEMENT, movement, Field.Store.NO));
      }
    }
    Arrays.stream(rs.getString("search_text").split(" "))
        .filter(word -> !word.isEmpty())
        .distinct()
        .forEach(word -> doc.add(new StringField(WORD, word, Field.Store.NO)));
    return doc;
  }
}
