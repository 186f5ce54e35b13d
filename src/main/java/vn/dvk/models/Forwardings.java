package vn.dvk.models;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.UnitReach;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * The consolidated lists a unit sends up: every registration of its subtree it has approved for a
 * year and not yet sent, in one list its superior unit receives.
 */
@Service
@Transactional(readOnly = true)
public class Forwardings {

  private static final List<String> APPROVED =
      RegistrationState.registered().stream().map(Enum::name).sorted().toList();

  private final JdbcClient jdbc;
  private final Scope scope;
  private final Units units;
  private final UnitReach reach;
  private final AuditLog audit;
  private final Clock clock;

  Forwardings(
      JdbcClient jdbc, Scope scope, Units units, UnitReach reach, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.units = units;
    this.reach = reach;
    this.audit = audit;
    this.clock = clock;
  }

  /** How many approved registrations of the year the user's unit has not sent up yet. */
  public long pending(int year) {
    var user = approver();
    return jdbc.sql(
            "select count(*) from models_registration r join models_model m on m.id = r.model_id"
                + " where r.registration_year = :year and r.state in (:approved)"
                + " and r.forwarded_in is null and m.unit_code = any(:units)")
        .param("year", year)
        .param("approved", APPROVED)
        .param("units", subtree(user, year))
        .query(Long.class)
        .single();
  }

  /**
   * Sends the year's approved, not yet sent registrations of the unit's subtree up, as one list.
   */
  @Transactional
  public Forwarding forward(int year, String note) {
    var user = approver();
    var home = units.findOnOrLatest(user.unitCode(), units.today()).orElseThrow();
    if (home.parentCode() == null) {
      throw new BusinessRuleException("forwarding.error.no-superior");
    }
    if (pending(year) == 0) {
      throw new BusinessRuleException("forwarding.error.nothing", String.valueOf(year));
    }
    var id = insert(user, year, note);
    var count = sendUp(id, user, year);
    audit.record(
        user.did(
            "LIST_FORWARDED",
            "FORWARDING",
            String.valueOf(id),
            user.unitCode(),
            year + ": " + count,
            null,
            Map.of("year", year, "registrations", count)));
    return find(id);
  }

  private long insert(CurrentUser user, int year, String note) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into models_forwarding (unit_code, registration_year, note, forwarded_by,"
                + " forwarded_at) values (:unit, :year, :note, :by, :at)")
        .param("unit", user.unitCode())
        .param("year", year)
        .param("note", note == null || note.isBlank() ? null : note.trim())
        .param("by", user.username())
        .param("at", OffsetDateTime.now(clock))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Puts the year's approved, not yet sent registrations of the subtree in the list. */
  private int sendUp(long id, CurrentUser user, int year) {
    return jdbc.sql(
            """
            update models_registration set forwarded_in = :id
             where registration_year = :year and state in (:approved)
               and forwarded_in is null
               and model_id in (select m.id from models_model m where m.unit_code = any(:units))
            """)
        .param("id", id)
        .param("year", year)
        .param("approved", APPROVED)
        .param("units", subtree(user, year))
        .update();
  }

  /** The lists the user's unit sent, and the lists the units directly below it sent to it. */
  public List<Forwarding> sentAndReceived() {
    var user = approver();
    var children =
        units.children(user.unitCode(), units.today()).stream().map(UnitView::code).toList();
    var codes = new ArrayList<String>(children);
    codes.add(user.unitCode());
    return jdbc.sql(
            """
            select f.*, (select count(*) from models_registration r where r.forwarded_in = f.id)
                   as registrations
              from models_forwarding f where f.unit_code = any(:units)
             order by f.forwarded_at desc
            """)
        .param("units", codes.toArray(String[]::new))
        .query(this::map)
        .list();
  }

  private Forwarding find(long id) {
    return jdbc.sql(
            """
            select f.*, (select count(*) from models_registration r where r.forwarded_in = f.id)
                   as registrations
              from models_forwarding f where f.id = :id
            """)
        .param("id", id)
        .query(this::map)
        .optional()
        .orElseThrow(() -> new NotFoundException("forwarding.error.not-found", String.valueOf(id)));
  }

  private String[] subtree(CurrentUser user, int year) {
    var asOf = units.asOfYear(year);
    return reach.reachedCodes(user.unitCode(), asOf).toArray(String[]::new);
  }

  private CurrentUser approver() {
    var user = scope.requireUser();
    if (!user.can(Permission.MODELS_APPROVE)) {
      throw new ForbiddenException("models.error.superior-only");
    }
    return user;
  }

  private Forwarding map(ResultSet rs, int row) throws SQLException {
    var unit = rs.getString("unit_code");
    return new Forwarding(
        rs.getLong("id"),
        unit,
        units.findOnOrLatest(unit, units.today()).map(UnitView::name).orElse(unit),
        rs.getInt("registration_year"),
        rs.getString("note"),
        rs.getString("forwarded_by"),
        rs.getObject("forwarded_at", OffsetDateTime.class).toInstant(),
        rs.getLong("registrations"));
  }
}
