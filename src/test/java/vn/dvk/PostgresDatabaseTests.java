package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  @Test
  void theDatabaseAllowsOnlyOneCurrentVersionPerUnit() {
    var duplicate =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                jdbc.sql(
                        "insert into units_unit (code, name, kind, level, parent_code, valid_from,"
                            + " change_kind, changed_at) values ('BT.DL', 'x', 'DISTRICT',"
                            + " 'DISTRICT', 'BT', date '2030-01-01', 'RENAMED', now())")
                    .update());
    assertThat(duplicate).isNotNull();
  }
}
