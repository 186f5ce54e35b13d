package vn.dvk.shared.storage;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Files kept in the application's own database, in {@code shared_stored_file}. */
@Component
class DatabaseFileStorage implements FileStorage {

  private final JdbcClient jdbc;
  private final Clock clock;

  DatabaseFileStorage(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String put(byte[] content) {
    var key = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into shared_stored_file (storage_key, content, size_bytes, created_at)"
                + " values (:key, :content, :size, :at)")
        .param("key", key)
        .param("content", content)
        .param("size", content.length)
        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .update();
    return key;
  }

  @Override
  public Optional<byte[]> get(String key) {
    return jdbc.sql("select content from shared_stored_file where storage_key = :key")
        .param("key", key)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }
}
