package vn.dvk.models.domain;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;

/** The search index's settings, and its change feed as the database at hand can tell it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchIndexSettings.class)
class SearchFeedConfiguration {

  @Bean
  SearchFeed searchFeed(
      JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions)
      throws MetaDataAccessException {
    String product =
        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    if ("PostgreSQL".equals(product)) {
      return new PostgresSearchFeed(jdbc, transactions);
    }
    if ("H2".equals(product)) {
      String url = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
      return new H2SearchFeed(jdbc, url);
    }
    throw new IllegalStateException("No search feed for the database " + product);
  }
}
