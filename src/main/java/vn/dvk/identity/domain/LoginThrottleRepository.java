package vn.dvk.identity.domain;

import static vn.dvk.shared.MovementTime.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The failed sign-ins of each subject ({@code identity_login_throttle}). */
@Repository
public class LoginThrottleRepository {

  private final JdbcClient jdbc;

  public LoginThrottleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether any of the subjects must wait at {@code now}. */
  public boolean anyBlocked(Collection<String> subjects, Instant now) {
    return jdbc.sql(
                "select count(*) from identity_login_throttle"
                    + " where subject in (:subjects) and blocked_until > :now")
            .param("subjects", subjects)
            .param("now", utc(now))
            .query(Long.class)
            .single()
        > 0;
  }

  /** The subject's failures, its row locked until the transaction ends. */
  public Optional<LoginFailures> lock(String subject) {
    return jdbc.sql(
            "select failures, lockouts, last_failure_at, blocked_until"
                + " from identity_login_throttle where subject = :subject for update")
        .param("subject", subject)
        .query(
            (rs, n) ->
                new LoginFailures(
                    rs.getInt("failures"),
                    rs.getInt("lockouts"),
                    instant(rs.getObject("last_failure_at", OffsetDateTime.class)),
                    instant(rs.getObject("blocked_until", OffsetDateTime.class))))
        .optional();
  }

  public void insert(String subject, String username, String address, LoginFailures failures) {
    jdbc.sql(
            """
            insert into identity_login_throttle
                (subject, username, address, failures, lockouts, last_failure_at, blocked_until)
            values (:subject, :username, :address, :failures, :lockouts, :last, :until)
            """)
        .param("subject", subject)
        .param("username", username)
        .param("address", address)
        .param("failures", failures.failures())
        .param("lockouts", failures.lockouts())
        .param("last", utc(failures.lastFailureAt()))
        .param("until", utc(failures.blockedUntil()))
        .update();
  }

  public void update(String subject, LoginFailures failures) {
    jdbc.sql(
            """
            update identity_login_throttle
               set failures = :failures, lockouts = :lockouts, last_failure_at = :last,
                   blocked_until = :until
             where subject = :subject
            """)
        .param("subject", subject)
        .param("failures", failures.failures())
        .param("lockouts", failures.lockouts())
        .param("last", utc(failures.lastFailureAt()))
        .param("until", utc(failures.blockedUntil()))
        .update();
  }

  public void delete(String subject) {
    jdbc.sql("delete from identity_login_throttle where subject = :subject")
        .param("subject", subject)
        .update();
  }

  /** Forgets an account's failures from every address (an administrator's unlock). */
  public void deleteAccount(String username) {
    jdbc.sql("delete from identity_login_throttle where username = :username")
        .param("username", username)
        .update();
  }

  /** Forgets subjects quiet since {@code before} whose wait is over. */
  public void prune(Instant before, Instant now) {
    jdbc.sql(
            "delete from identity_login_throttle where last_failure_at < :before"
                + " and (blocked_until is null or blocked_until < :now)")
        .param("before", utc(before))
        .param("now", utc(now))
        .update();
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
