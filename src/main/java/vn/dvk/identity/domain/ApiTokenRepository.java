package vn.dvk.identity.domain;

import static vn.dvk.shared.MovementTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.identity.ApiToken;

/** Personal API tokens, found by the hash of their secret; the secret itself is never stored. */
@Repository
public class ApiTokenRepository {

  private static final String COLUMNS =
      "t.id, t.name, t.token_prefix, t.created_at, t.expires_on, t.last_used_at";

  private final JdbcClient jdbc;

  public ApiTokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The user a token belongs to, with the token's id: what a request needs to act as them. */
  /** Who a token acts for, and when it was last noted as used (null: never). */
  public record Owner(long tokenId, String username, Instant lastUsedAt) {

    /** Whether its use is worth writing down: at most once a minute. */
    public boolean useNotedBefore(Instant now) {
      return lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60));
    }
  }

  public long insert(
      long userId, String name, String prefix, String hash, LocalDate expiresOn, Instant now) {
    jdbc.sql(
            """
            insert into identity_api_token (user_id, name, token_prefix, token_hash, created_at,
                expires_on)
            values (:user, :name, :prefix, :hash, :now, :expires)
            """)
        .param("user", userId)
        .param("name", name)
        .param("prefix", prefix)
        .param("hash", hash)
        .param("now", utc(now))
        .param("expires", expiresOn)
        .update();
    return jdbc.sql("select id from identity_api_token where token_hash = :hash")
        .param("hash", hash)
        .query(Long.class)
        .single();
  }

  /** A user's tokens that are not revoked (expired ones too, so that they can be cleared away). */
  public List<ApiToken> findActiveOf(long userId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from identity_api_token t where t.user_id = :user and t.revoked_at is null"
                + " order by t.created_at desc, t.id desc")
        .param("user", userId)
        .query(ApiTokenRepository::map)
        .list();
  }

  public Optional<ApiToken> findActive(long id, long userId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from identity_api_token t where t.id = :id and t.user_id = :user"
                + " and t.revoked_at is null")
        .param("id", id)
        .param("user", userId)
        .query(ApiTokenRepository::map)
        .optional();
  }

  /** The owner of the token with this hash, if it is neither revoked nor expired on {@code day}. */
  public Optional<Owner> findOwner(String hash, LocalDate day) {
    return jdbc.sql(
            """
            select t.id, u.username, t.last_used_at
              from identity_api_token t join identity_user u on u.id = t.user_id
             where t.token_hash = :hash and t.revoked_at is null
               and (t.expires_on is null or t.expires_on >= :day)
            """)
        .param("hash", hash)
        .param("day", day)
        .query(
            (rs, n) ->
                new Owner(rs.getLong("id"), rs.getString("username"), instant(rs, "last_used_at")))
        .optional();
  }

  /** Revokes every token of a user that still works (their password changed). */
  public int revokeAllOf(long userId, Instant now) {
    return jdbc.sql(
            "update identity_api_token set revoked_at = :now"
                + " where user_id = :user and revoked_at is null")
        .param("now", utc(now))
        .param("user", userId)
        .update();
  }

  public void revoke(long id, Instant now) {
    jdbc.sql("update identity_api_token set revoked_at = :now where id = :id")
        .param("now", utc(now))
        .param("id", id)
        .update();
  }

  /**
   * Notes that the token was used; at most once a minute, so that a busy script does not write a
   * row on every call.
   */
  public void markUsed(long id, Instant now) {
    jdbc.sql(
            "update identity_api_token set last_used_at = :now where id = :id"
                + " and (last_used_at is null or last_used_at < :minuteAgo)")
        .param("now", utc(now))
        .param("minuteAgo", utc(now.minusSeconds(60)))
        .param("id", id)
        .update();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static ApiToken map(ResultSet rs, int row) throws SQLException {
    return new ApiToken(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("token_prefix"),
        instant(rs, "created_at"),
        rs.getObject("expires_on", LocalDate.class),
        instant(rs, "last_used_at"));
  }
}
