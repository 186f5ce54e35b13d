package vn.dvk.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcH2Dialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Spring Data JDBC for the aggregates (mapping by convention, {@code @Version} optimistic locking):
 * names are left unquoted, so the same snake_case tables serve H2 (which folds names to lower case)
 * and PostgreSQL; instants are written as UTC timestamps with their zone, as the rest of the
 * application writes them, and read back from either database's answer.
 */
@Configuration(proxyBeanMethods = false)
class AggregatesConfiguration extends AbstractJdbcConfiguration {

  private final Environment environment;

  AggregatesConfiguration(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected Collection<String> getMappingBasePackages() {
    return List.of("vn.dvk");
  }

  @Override
  public JdbcMappingContext jdbcMappingContext(
      Optional<NamingStrategy> namingStrategy,
      JdbcCustomConversions customConversions,
      RelationalManagedTypes managedTypes) {
    var context = super.jdbcMappingContext(namingStrategy, customConversions, managedTypes);
    context.setForceQuote(false);
    return context;
  }

  /**
   * The dialect is read from the configured URL rather than from a connection, so that the
   * ahead-of-time processing of the packaged jar (the {@code aot} profile) needs no database; an
   * unknown URL still asks the database.
   */
  @Override
  public JdbcDialect jdbcDialect(@Lazy NamedParameterJdbcOperations operations) {
    var url = environment.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:postgresql:")) {
      return JdbcPostgresDialect.INSTANCE;
    }
    if (url.startsWith("jdbc:h2:")) {
      return JdbcH2Dialect.INSTANCE;
    }
    return super.jdbcDialect(operations);
  }

  @Override
  protected List<?> userConverters() {
    return List.of(new InstantToUtc(), new OffsetToInstant());
  }

  @WritingConverter
  static final class InstantToUtc implements Converter<Instant, OffsetDateTime> {
    @Override
    public OffsetDateTime convert(Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
  }

  @ReadingConverter
  static final class OffsetToInstant implements Converter<OffsetDateTime, Instant> {
    @Override
    public Instant convert(OffsetDateTime time) {
      return time.toInstant();
    }
  }
}
