package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded database of the README's first command: it stays open until the application has shut
 * down, so that what the application writes while it stops (the event publication registry's
 * unfinished events) is kept; H2's exit hook closed it first.
 */
class DefaultDatabaseSettingsTests {

  @Test
  void theEmbeddedDatabaseIsClosedByTheApplicationNotByTheJvmExit() throws IOException {
    var properties = new Properties();
    try (var in = new ClassPathResource("application.properties").getInputStream()) {
      properties.load(in);
    }

    assertThat(properties.getProperty("spring.datasource.url"))
        .startsWith("jdbc:h2:file:")
        .contains(";DB_CLOSE_ON_EXIT=FALSE");
  }
}
