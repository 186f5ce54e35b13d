package vn.dvk.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Scope;
import vn.dvk.shared.NotFoundException;

/** The signed-in user's inbox: the reminders of their unit, and which they have read. */
@Service
@Transactional(readOnly = true)
public class Inbox {

  private final JdbcClient jdbc;
  private final Scope scope;
  private final Clock clock;

  Inbox(JdbcClient jdbc, Scope scope, Clock clock) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.clock = clock;
  }

  public List<Notification> mine() {
    var user = scope.requireUser();
    return jdbc.sql(
            """
            select n.*, (r.username is not null) as is_read from notifications_notification n
              left join notifications_read r on r.notification_id = n.id and r.username = :user
             where n.unit_code = :unit order by n.created_at desc, n.id desc
            """)
        .param("user", user.username())
        .param("unit", user.unitCode())
        .query(
            (rs, i) ->
                new Notification(
                    rs.getLong("id"),
                    rs.getString("unit_code"),
                    rs.getString("step"),
                    rs.getString("timing"),
                    rs.getObject("deadline", LocalDate.class),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rs.getBoolean("is_read")))
        .list();
  }

  public int unread() {
    return scope
        .currentUser()
        .map(
            user ->
                jdbc.sql(
                        """
                        select count(*) from notifications_notification n
                         where n.unit_code = :unit and not exists (select 1 from notifications_read r
                               where r.notification_id = n.id and r.username = :user)
                        """)
                    .param("unit", user.unitCode())
                    .param("user", user.username())
                    .query(Integer.class)
                    .single())
        .orElse(0);
  }

  /**
   * Marks one reminder of the user's unit read by them (again is harmless); a reminder of another
   * unit is not found.
   */
  @Transactional
  public Notification read(long id) {
    var user = scope.requireUser();
    var unit =
        jdbc.sql("select unit_code from notifications_notification where id = :id")
            .param("id", id)
            .query(String.class)
            .optional();
    if (unit.isEmpty() || !unit.get().equals(user.unitCode())) {
      throw new NotFoundException("notifications.error.not-found", String.valueOf(id));
    }
    jdbc.sql(
            """
            insert into notifications_read (notification_id, username, read_at)
            select :id, :user, :at from notifications_notification n
             where n.id = :id and not exists (select 1 from notifications_read r
                   where r.notification_id = :id and r.username = :user)
            """)
        .param("id", id)
        .param("user", user.username())
        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .update();
    return mine().stream().filter(n -> n.id() == id).findFirst().orElseThrow();
  }

  /** Marks every reminder of the user's unit read by them. */
  @Transactional
  public void readAll() {
    var user = scope.requireUser();
    jdbc.sql(
            """
            insert into notifications_read (notification_id, username, read_at)
            select n.id, :user, :at from notifications_notification n
             where n.unit_code = :unit and not exists (select 1 from notifications_read r
                   where r.notification_id = n.id and r.username = :user)
            """)
        .param("user", user.username())
        .param("unit", user.unitCode())
        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .update();
  }
}
