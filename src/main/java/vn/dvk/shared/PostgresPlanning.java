package vn.dvk.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL, plans every statement with its actual values. The lists pass the reader's scope as
 * an array whose size decides the plan; a generic plan, which PostgreSQL may switch to for
 * statements the driver has prepared on the server, cannot see it and picks scans that are slower
 * by orders of magnitude. (Only when no connection init SQL was configured.)
 */
@Configuration(proxyBeanMethods = false)
class PostgresPlanning {

  static final String CUSTOM_PLANS = "set plan_cache_mode = force_custom_plan";

  @Bean
  static BeanPostProcessor customPlansOnPostgres() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool
            && pool.getJdbcUrl() != null
            && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
            && pool.getConnectionInitSql() == null) {
          pool.setConnectionInitSql(CUSTOM_PLANS);
        }
        return bean;
      }
    };
  }
}
