package vn.dvk.reporting.domain;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where report queries read: a read-only replica when {@code dvk.reporting.replica.url} is set,
 * otherwise the application's own database. The replica's pool is the module's own (not a Spring
 * {@code DataSource} bean, so the application's database stays the one Spring Boot configures).
 */
@Component
@EnableConfigurationProperties(ReportDatabase.Replica.class)
public class ReportDatabase implements DisposableBean {

  /** The replica's connection: {@code dvk.reporting.replica.url}, username, password. */
  @ConfigurationProperties("dvk.reporting.replica")
  public record Replica(String url, String username, String password, Integer poolSize) {}

  private final JdbcClient jdbc;
  private final HikariDataSource replica;

  public ReportDatabase(JdbcClient primary, Replica settings) {
    if (settings == null || settings.url() == null || settings.url().isBlank()) {
      this.replica = null;
      this.jdbc = primary;
    } else {
      var pool = new HikariDataSource();
      pool.setPoolName("reporting-replica");
      pool.setJdbcUrl(settings.url());
      pool.setUsername(settings.username());
      pool.setPassword(settings.password());
      pool.setReadOnly(true);
      pool.setMaximumPoolSize(settings.poolSize() == null ? 4 : settings.poolSize());
      this.replica = pool;
      this.jdbc = JdbcClient.create(pool);
    }
  }

  public JdbcClient jdbc() {
    return jdbc;
  }

  public boolean isReplica() {
    return replica != null;
  }

  /** Whether reads go through connections marked read-only (a replica's are). */
  public boolean isReadOnly() {
    return replica != null && replica.isReadOnly();
  }

  @Override
  public void destroy() {
    if (replica != null) {
      replica.close();
    }
  }
}
