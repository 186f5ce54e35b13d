package vn.dvk.identity.domain;

import static vn.dvk.shared.MovementTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccount;

@Repository
public class UserRepository {

  /** A user's columns, with their failed sign-ins summed over every address they came from. */
  private static final String COLUMNS =
      """
      id, username, display_name, email, role, unit_code, enabled, version,
      password_change_required, locked_by_administrator,
      (select coalesce(sum(t.failures), 0) from identity_login_throttle t
        where t.username = identity_user.username) as failed_logins,
      (select max(t.blocked_until) from identity_login_throttle t
        where t.username = identity_user.username) as locked_until
      """;

  private final JdbcClient jdbc;

  public UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A user with the hash of their password, for signing in. */
  public record Credentials(UserAccount account, String passwordHash) {}

  public Optional<Credentials> findCredentials(String username) {
    return jdbc.sql("select " + COLUMNS + ", password_hash from identity_user where username = :u")
        .param("u", username)
        .query((rs, n) -> new Credentials(map(rs, n), rs.getString("password_hash")))
        .optional();
  }

  public Optional<UserAccount> findByUsername(String username) {
    return jdbc.sql("select " + COLUMNS + " from identity_user where username = :u")
        .param("u", username)
        .query(UserRepository::map)
        .optional();
  }

  public Optional<UserAccount> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from identity_user where id = :id")
        .param("id", id)
        .query(UserRepository::map)
        .optional();
  }

  public List<UserAccount> findByUnits(Collection<String> unitCodes) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from identity_user where unit_code in (:units) order by username")
        .param("units", unitCodes)
        .query(UserRepository::map)
        .list();
  }

  public List<UserAccount> findByUsernames(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from identity_user where username in (:names)")
        .param("names", usernames)
        .query(UserRepository::map)
        .list();
  }

  /** Gives each user (by name) a new home unit, as a restructure of the tree says. */
  public void rehome(Map<String, String> homeByUsername) {
    homeByUsername.forEach(
        (username, unit) ->
            jdbc.sql(
                    "update identity_user set unit_code = :unit, version = version + 1"
                        + " where username = :u")
                .param("unit", unit)
                .param("u", username)
                .update());
  }

  public boolean exists(String username) {
    return jdbc.sql("select count(*) from identity_user where username = :u")
            .param("u", username)
            .query(Long.class)
            .single()
        > 0;
  }

  public long insert(
      String username,
      String displayName,
      String email,
      Role role,
      String unitCode,
      String passwordHash,
      boolean enabled,
      boolean passwordChangeRequired,
      Instant now) {
    jdbc.sql(
            """
            insert into identity_user (username, password_hash, display_name, email, role,
                unit_code, enabled, password_changed_at, created_at, version,
                password_change_required)
            values (:u, :hash, :name, :email, :role, :unit, :enabled, :now, :now, 0, :change)
            """)
        .param("u", username)
        .param("hash", passwordHash)
        .param("name", displayName)
        .param("email", email)
        .param("role", role.name())
        .param("unit", unitCode)
        .param("now", utc(now))
        .param("enabled", enabled)
        .param("change", passwordChangeRequired)
        .update();
    return findByUsername(username).orElseThrow().id();
  }

  /** Returns false when the row changed since {@code version} was read. */
  public boolean update(
      long id,
      int version,
      String displayName,
      String email,
      Role role,
      String unitCode,
      boolean enabled) {
    return jdbc.sql(
                """
                update identity_user set display_name = :name, email = :email, role = :role,
                    unit_code = :unit, enabled = :enabled, version = version + 1
                 where id = :id and version = :version
                """)
            .param("name", displayName)
            .param("email", email)
            .param("role", role.name())
            .param("unit", unitCode)
            .param("enabled", enabled)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  /** A new password; {@code changeRequired} when someone else chose it for the user. */
  public void updatePassword(long id, String passwordHash, boolean changeRequired, Instant now) {
    jdbc.sql(
            "update identity_user set password_hash = :hash, password_changed_at = :now,"
                + " password_change_required = :change, version = version + 1 where id = :id")
        .param("hash", passwordHash)
        .param("now", utc(now))
        .param("change", changeRequired)
        .param("id", id)
        .update();
  }

  public void updateLocked(long id, boolean locked) {
    jdbc.sql(
            "update identity_user set locked_by_administrator = :locked, version = version + 1"
                + " where id = :id")
        .param("locked", locked)
        .param("id", id)
        .update();
  }

  /** Whether the user must change the password someone else chose before doing anything else. */
  public boolean mustChangePassword(String username) {
    return jdbc.sql("select password_change_required from identity_user where username = :u")
        .param("u", username)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  public boolean anyUser() {
    return jdbc.sql("select count(*) from identity_user").query(Long.class).single() > 0;
  }

  private static UserAccount map(ResultSet rs, int row) throws SQLException {
    var lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
    return new UserAccount(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        Role.valueOf(rs.getString("role")),
        rs.getString("unit_code"),
        rs.getBoolean("enabled"),
        rs.getInt("failed_logins"),
        lockedUntil == null ? null : lockedUntil.toInstant(),
        rs.getBoolean("locked_by_administrator"),
        rs.getBoolean("password_change_required"),
        rs.getInt("version"));
  }
}
