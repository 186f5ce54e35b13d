package vn.dvk.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL, tunes the application's sessions for short interactive statements (only when no
 * connection init SQL was configured):
 *
 * <ul>
 *   <li>every statement is planned with its actual values: the lists pass the reader's scope as an
 *       array whose size decides the plan, and a generic plan, which PostgreSQL may switch to for
 *       statements the driver has prepared on the server, cannot see it and picks scans slower by
 *       orders of magnitude;
 *   <li>no JIT compilation and no parallel workers: on the national data set both cost 10–20 ms of
 *       start-up on queries that otherwise answer in one or two.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PostgresPlanning {

  static final String SESSION_SETTINGS =
      "set plan_cache_mode = force_custom_plan; set jit = off;"
          + " set max_parallel_workers_per_gather = 0";

  @Bean
  static BeanPostProcessor interactiveSessionsOnPostgres() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool
            && pool.getJdbcUrl() != null
            && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
            && pool.getConnectionInitSql() == null) {
          pool.setConnectionInitSql(SESSION_SETTINGS);
        }
        return bean;
      }
    };
  }
}
