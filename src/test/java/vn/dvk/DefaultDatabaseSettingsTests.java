package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded database of the README's first command: it stays open until the application has shut
 * down, so that what the application writes while it stops (the event publication registry's
 * unfinished events) is kept; H2's exit hook closed it first. Each connection keeps more parsed
 * statements than H2's 8, which a request's or the demo's loop outran.
 */
class DefaultDatabaseSettingsTests {

  @Test
  void theEmbeddedDatabaseIsClosedByTheApplicationNotByTheJvmExit() throws IOException {
    assertThat(defaultUrl()).startsWith("jdbc:h2:file:").contains(";DB_CLOSE_ON_EXIT=FALSE");
  }

  @Test
  void aConnectionKeepsTheStatementsItParsed() throws IOException, SQLException {
    var options = defaultUrl().substring(defaultUrl().indexOf(';'));
    var inMemory = "jdbc:h2:mem:default-settings" + options.replace(";AUTO_SERVER=FALSE", "");

    try (var connection = DriverManager.getConnection(inMemory, "sa", "");
        var result =
            connection
                .createStatement()
                .executeQuery(
                    "select setting_value from information_schema.settings"
                        + " where setting_name = 'QUERY_CACHE_SIZE'")) {
      assertThat(result.next()).isTrue();
      assertThat(Integer.parseInt(result.getString(1))).isGreaterThanOrEqualTo(64);
    }
  }

  private static String defaultUrl() throws IOException {
    var properties = new Properties();
    try (var in = new ClassPathResource("application.properties").getInputStream()) {
      properties.load(in);
    }
    return properties.getProperty("spring.datasource.url");
  }
}
