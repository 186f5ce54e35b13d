package vn.dvk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.dvk.reporting.domain.ReportDatabase;

/** Reports read from a replica when one is configured, read-only; otherwise from the database. */
class ReportDatabaseTests {

  @Test
  void withoutAReplicaReportsReadTheApplicationsDatabase() {
    var primary = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:primary"));

    var database = new ReportDatabase(primary, new ReportDatabase.Replica(null, null, null, null));

    assertThat(database.isReplica()).isFalse();
    assertThat(database.jdbc()).isSameAs(primary);
  }

  @Test
  void aConfiguredReplicaIsReadOnlyAndSeparate() throws Exception {
    try (Connection keep =
        DriverManager.getConnection("jdbc:h2:mem:replica;DB_CLOSE_DELAY=-1", "sa", "")) {
      keep.createStatement().execute("create table marker (id int)");
      keep.createStatement().execute("insert into marker values (7)");
      var primary = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:primary2"));

      var database =
          new ReportDatabase(
              primary, new ReportDatabase.Replica("jdbc:h2:mem:replica", "sa", "", 1));
      try {
        assertThat(database.isReplica()).isTrue();
        assertThat(database.jdbc().sql("select id from marker").query(Integer.class).single())
            .isEqualTo(7);
        assertThat(database.isReadOnly()).isTrue();
      } finally {
        database.destroy();
      }
    }
  }
}
