package vn.dvk.programs;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Every reference item the application ships (fields, movements and campaigns, indicators) is named
 * in Vietnamese, English and Hebrew, and every indicator's measure too: on a database just
 * migrated, before any administrator or test has added items of their own.
 */
class ShippedReferenceNamesTests {

  @Test
  void everyShippedReferenceItemIsNamedInEveryLanguage() {
    var database =
        new SimpleDriverDataSource(
            new org.h2.Driver(),
            "jdbc:h2:mem:shipped-names;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration/common", "classpath:db/migration/h2")
        .outOfOrder(true)
        .load()
        .migrate();
    var jdbc = JdbcClient.create(database);

    var items =
        jdbc.sql("select count(*) from programs_reference_item").query(Integer.class).single();
    var unnamed =
        jdbc.sql(
                """
                select list || ' ' || code from programs_reference_item
                 where coalesce(name_vi, '') = '' or coalesce(name_en, '') = ''
                    or coalesce(name_he, '') = ''
                    or (list = 'INDICATOR' and (coalesce(measure_vi, '') = ''
                        or coalesce(measure_en, '') = '' or coalesce(measure_he, '') = ''))
                """)
            .query(String.class)
            .list();

    assertThat(items).isGreaterThanOrEqualTo(22);
    assertThat(unnamed).isEmpty();
  }
}
