package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.support.ExternalTool;
import vn.dvk.support.IntegrationTest;

/**
 * Runs only when the suite is pointed at PostgreSQL ({@code SPRING_DATASOURCE_URL}); with {@code
 * dvk.require.postgres=true} (the PostgreSQL run of .ci/run) it fails instead of skipping.
 */
@IntegrationTest
class PostgresDatabaseTests {

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void onPostgres() throws SQLException {
    String product;
    try (var connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    }
    ExternalTool.assumeAvailable(
        "postgres", "PostgreSQL".equals(product), "the suite runs on " + product);
  }

  @Test
  void theServerIsPostgresFifteenOrNewer() {
    var version = jdbc.sql("show server_version_num").query(Integer.class).single();
    assertThat(version).isGreaterThanOrEqualTo(150000);
  }

  @Test
  void theVendorMigrationForPostgresRan() {
    var index =
        jdbc.sql(
                "select count(*) from pg_indexes where indexname = 'units_unit_one_current_version'")
            .query(Long.class)
            .single();
    assertThat(index).isEqualTo(1);
  }

  /** One transaction, so that the planner setting and the query share a connection. */
  @Test
  @Transactional
  void modelSearchIsServedByATrigramIndex() {
    jdbc.sql("set local enable_seqscan = off").update();
    var plan =
        String.join(
            "\n",
            jdbc.sql("explain select id from models_model where search_text like '%dan van kheo%'")
                .query(String.class)
                .list());
    assertThat(plan).contains("models_model_search_trgm_idx");
  }

  /** One transaction, so that the planner setting and the query share a connection. */
  @Test
  @Transactional
  void wordSearchIsServedByTheFullTextIndex() {
    jdbc.sql("set local enable_seqscan = off").update();
    var plan =
        String.join(
            "\n",
            jdbc.sql(
                    "explain select id from models_model"
                        + " where search_words @@ to_tsquery('simple', 'dan & van & kheo:*')")
                .query(String.class)
                .list());
    assertThat(plan).contains("models_model_search_words_idx");
  }

  @Test
  void sessionsAreTunedForShortInteractiveStatements() {
    assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single())
        .isEqualTo("force_custom_plan");
    assertThat(jdbc.sql("show jit").query(String.class).single()).isEqualTo("off");
    assertThat(jdbc.sql("show max_parallel_workers_per_gather").query(String.class).single())
        .isEqualTo("0");
  }

  @Test
  void theAuditRecordRefusesUpdatesAndDeletes() {
    jdbc.sql(
            "insert into audit_event (occurred_at, action, subject_type, subject_id)"
                + " values (now(), 'TEST', 'TEST', '1')")
        .update();

    var update =
        catchThrowable(
            () ->
                jdbc.sql("update audit_event set action = 'CHANGED' where subject_type = 'TEST'")
                    .update());
    var delete =
        catchThrowable(
            () -> jdbc.sql("delete from audit_event where subject_type = 'TEST'").update());

    assertThat(update).hasMessageContaining("append-only");
    assertThat(delete).hasMessageContaining("append-only");
  }

  @Test
  void theDatabaseAllowsOnlyOneCurrentVersionPerUnit() {
    var duplicate =
        catchThrowable(
            () ->
                jdbc.sql(
                        "insert into units_unit (code, name, kind, level, parent_code, valid_from,"
                            + " change_kind, changed_at) values ('BT.DL', 'x', 'DISTRICT',"
                            + " 'DISTRICT', 'BT', date '2030-01-01', 'RENAMED', now())")
                    .update());
    assertThat(duplicate).isNotNull();
  }
}
