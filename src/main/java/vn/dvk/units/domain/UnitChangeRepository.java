package vn.dvk.units.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.units.Succession;
import vn.dvk.units.UnitView;

/**
 * Writes the hierarchy's history: new unit versions (one, or many in batches for a data load), the
 * end of a current version, and the succession of a merged unit. Nothing is ever updated but the
 * end date of the version a change replaces. Each write forgets the readers' reach ({@link
 * TreeCache}).
 */
@Repository
public class UnitChangeRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Clock clock;
  private final TreeCache reach;

  public UnitChangeRepository(
      JdbcClient jdbc, JdbcTemplate template, Clock clock, TreeCache reach) {
    this.jdbc = jdbc;
    this.template = template;
    this.clock = clock;
    this.reach = reach;
  }

  public void insert(UnitView version, String changedBy) {
    reach.treeChanged();
    jdbc.sql(
            """
            insert into units_unit (code, name, short_name, kind, level, parent_code, valid_from, valid_to,
                                    change_kind, change_note, changed_by, changed_at)
            values (:code, :name, :short, :kind, :level, :parent, :from, :to, :change, :note, :by, :at)
            """)
        .param("code", version.code())
        .param("name", version.name())
        .param("short", version.shortName().equals(version.name()) ? null : version.shortName())
        .param("kind", version.kind().name())
        .param("level", version.level().name())
        .param("parent", version.parentCode())
        .param("from", version.validFrom())
        .param("to", version.validTo())
        .param("change", version.change().name())
        .param("note", version.changeNote())
        .param("by", changedBy)
        .param("at", OffsetDateTime.now(clock))
        .update();
  }

  /** Inserts many versions in batches. */
  public void insertAll(List<UnitView> versions, String changedBy) {
    reach.treeChanged();
    var at = OffsetDateTime.now(clock);
    for (int from = 0; from < versions.size(); from += 1000) {
      var batch = versions.subList(from, Math.min(versions.size(), from + 1000));
      batchInsert(batch, changedBy, at);
    }
  }

  private void batchInsert(List<UnitView> batch, String changedBy, OffsetDateTime at) {
    var rows =
        batch.stream()
            .map(
                v ->
                    new Object[] {
                      v.code(),
                      v.name(),
                      v.shortName().equals(v.name()) ? null : v.shortName(),
                      v.kind().name(),
                      v.level().name(),
                      v.parentCode(),
                      v.validFrom(),
                      v.validTo(),
                      v.change().name(),
                      v.changeNote(),
                      changedBy,
                      at
                    })
            .toList();
    template.batchUpdate(
        """
        insert into units_unit (code, name, short_name, kind, level, parent_code, valid_from,
                                valid_to, change_kind, change_note, changed_by, changed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        rows);
  }

  /**
   * Ends the current version of a unit on the date. Returns false when there was no current version
   * starting on {@code currentFrom} any more: someone else changed the unit meanwhile.
   */
  public boolean close(String code, LocalDate currentFrom, LocalDate on) {
    reach.treeChanged();
    return jdbc.sql(
                "update units_unit set valid_to = :on"
                    + " where code = :code and valid_from = :from and valid_to is null")
            .param("on", on)
            .param("code", code)
            .param("from", currentFrom)
            .update()
        == 1;
  }

  public void recordSuccession(String predecessor, String successor, LocalDate on, String by) {
    reach.treeChanged();
    jdbc.sql(
            "insert into units_succession (predecessor_code, successor_code, effective_on,"
                + " recorded_by, recorded_at) values (:p, :s, :on, :by, :at)")
        .param("p", predecessor)
        .param("s", successor)
        .param("on", on)
        .param("by", by)
        .param("at", OffsetDateTime.now(clock))
        .update();
  }

  /**
   * Ends many current versions on one date. Returns false when any of them was no longer current
   * (someone changed the unit meanwhile): the caller's transaction must then roll back.
   */
  public boolean closeAll(List<UnitView> versions, LocalDate on) {
    reach.treeChanged();
    var rows = versions.stream().map(v -> new Object[] {on, v.code(), v.validFrom()}).toList();
    var counts =
        template.batchUpdate(
            "update units_unit set valid_to = ? where code = ? and valid_from = ?"
                + " and valid_to is null",
            rows);
    return java.util.Arrays.stream(counts)
        .allMatch(count -> count == 1 || count == java.sql.Statement.SUCCESS_NO_INFO);
  }

  public void recordSuccessions(List<Succession> successions, String by) {
    reach.treeChanged();
    var at = OffsetDateTime.now(clock);
    var rows =
        successions.stream()
            .map(
                s -> new Object[] {s.predecessorCode(), s.successorCode(), s.effectiveOn(), by, at})
            .toList();
    template.batchUpdate(
        "insert into units_succession (predecessor_code, successor_code, effective_on,"
            + " recorded_by, recorded_at) values (?, ?, ?, ?, ?)",
        rows);
  }
}
