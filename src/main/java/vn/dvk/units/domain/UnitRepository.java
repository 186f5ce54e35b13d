package vn.dvk.units.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.units.Level;
import vn.dvk.units.UnitChange;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;

/**
 * Reads unit versions and successions ({@link UnitChangeRepository} writes them). “Valid on D” is
 * {@code valid_from <= D < valid_to}.
 */
@Repository
public class UnitRepository {

  private static final String COLUMNS =
      "u.code, u.name, u.short_name, u.kind, u.level, u.parent_code, u.valid_from, u.valid_to, u.change_kind,"
          + " u.change_note";
  private static final String VALID_ON =
      "u.valid_from <= :d and (u.valid_to is null or u.valid_to > :d)";

  private final JdbcClient jdbc;
  private final TreeCache cache;

  public UnitRepository(JdbcClient jdbc, TreeCache cache) {
    this.jdbc = jdbc;
    this.cache = cache;
  }

  /** The reads every list makes, kept by {@link TreeCache} until the tree changes. */
  private record RootsOn(LocalDate date) {}

  private record ChangedBetween(LocalDate from, LocalDate to) {}

  private record FoundOn(String code, LocalDate date) {}

  private record SubtreeOn(String root, LocalDate date) {}

  private record ChainOn(String code, LocalDate date) {}

  private record VersionOn(String code, LocalDate date) {}

  public boolean isEmpty() {
    return jdbc.sql("select count(*) from units_unit").query(Long.class).single() == 0;
  }

  /** The codes of the units that had no parent on the date (the roots of the forest). */
  public List<String> rootsOn(LocalDate date) {
    return cache.remember(
        new RootsOn(date),
        () ->
            List.copyOf(
                jdbc.sql(
                        "select u.code from units_unit u where u.parent_code is null and "
                            + VALID_ON)
                    .param("d", date)
                    .query(String.class)
                    .list()));
  }

  /** Whether a unit version began or ended after {@code from} and on or before {@code to}. */
  public boolean changedBetween(LocalDate from, LocalDate to) {
    return cache.remember(
        new ChangedBetween(from, to),
        () ->
            jdbc.sql(
                    "select 1 from units_unit where (valid_from > :from and valid_from <= :to)"
                        + " or (valid_to > :from and valid_to <= :to) fetch first 1 rows only")
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .optional()
                .isPresent());
  }

  public boolean codeEverUsed(String code) {
    return jdbc.sql("select count(*) from units_unit where code = :code")
            .param("code", code)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Every code a unit has ever had. */
  public List<String> allCodes() {
    return jdbc.sql("select distinct code from units_unit").query(String.class).list();
  }

  public Optional<UnitView> findOn(String code, LocalDate date) {
    return cache.remember(
        new FoundOn(code, date),
        () ->
            jdbc.sql(
                    "select " + COLUMNS + " from units_unit u where u.code = :code and " + VALID_ON)
                .param("code", code)
                .param("d", date)
                .query(UnitRepository::map)
                .optional());
  }

  public Optional<UnitView> findLatest(String code) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from units_unit u where u.code = :code order by u.valid_from desc"
                + " fetch first 1 rows only")
        .param("code", code)
        .query(UnitRepository::map)
        .optional();
  }

  /**
   * For each code, the version valid on the date, or the latest one before it for a unit that had
   * closed by then.
   */
  public List<UnitView> versionsOn(Collection<String> codes, LocalDate date) {
    var keys = codes.stream().map(code -> new VersionOn(code, date)).toList();
    return List.copyOf(cache.rememberEach(keys, missing -> readVersions(missing, date)).values());
  }

  private Map<VersionOn, UnitView> readVersions(Set<VersionOn> keys, LocalDate date) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    var versions = new HashMap<VersionOn, UnitView>();
    jdbc.sql(
            "select "
                + COLUMNS
                + " from units_unit u where u.code in (:codes) and u.valid_from <= :d"
                + " and not exists (select 1 from units_unit n where n.code = u.code"
                + " and n.valid_from > u.valid_from and n.valid_from <= :d)")
        .param("codes", keys.stream().map(VersionOn::code).toList())
        .param("d", date)
        .query(UnitRepository::map)
        .list()
        .forEach(unit -> versions.put(new VersionOn(unit.code(), date), unit));
    return versions;
  }

  public List<UnitView> history(String code) {
    return jdbc.sql(
            "select " + COLUMNS + " from units_unit u where u.code = :code order by u.valid_from")
        .param("code", code)
        .query(UnitRepository::map)
        .list();
  }

  public List<UnitView> allOn(LocalDate date) {
    return jdbc.sql(
            "select " + COLUMNS + " from units_unit u where " + VALID_ON + " order by u.code")
        .param("d", date)
        .query(UnitRepository::map)
        .list();
  }

  /** The unit and every unit below it, as the tree stood on the date. */
  public List<UnitView> subtreeOn(String root, LocalDate date) {
    return cache.remember(new SubtreeOn(root, date), () -> readSubtree(root, date));
  }

  private List<UnitView> readSubtree(String root, LocalDate date) {
    return List.copyOf(
        jdbc.sql(
                """
            with recursive sub(%3$s) as (
              select %2$s from units_unit u where u.code = :root and %1$s
              union all
              select %2$s from units_unit u join sub s on u.parent_code = s.code where %1$s
            )
            select * from sub order by code
            """
                    .formatted(VALID_ON, COLUMNS, COLUMNS.replace("u.", "")))
            .param("root", root)
            .param("d", date)
            .query(UnitRepository::map)
            .list());
  }

  /** The unit and its ancestors up to the root, as the tree stood on the date. */
  public List<UnitView> chainOn(String code, LocalDate date) {
    return cache.remember(new ChainOn(code, date), () -> readChain(code, date));
  }

  private List<UnitView> readChain(String code, LocalDate date) {
    return List.copyOf(
        jdbc.sql(
                """
            with recursive up(code, parent_code, depth) as (
              select u.code, u.parent_code, 0 from units_unit u where u.code = :code and %1$s
              union all
              select u.code, u.parent_code, p.depth + 1 from units_unit u
                join up p on u.code = p.parent_code
               where %1$s and p.depth < 64
            )
            select %2$s from units_unit u join up p on p.code = u.code where %1$s
            order by p.depth
            """
                    .formatted(VALID_ON, COLUMNS))
            .param("code", code)
            .param("d", date)
            .query(UnitRepository::map)
            .list());
  }

  public List<UnitView> childrenOn(String code, LocalDate date) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from units_unit u where u.parent_code = :code and "
                + VALID_ON
                + " order by u.name")
        .param("code", code)
        .param("d", date)
        .query(UnitRepository::map)
        .list();
  }

  private static UnitView map(ResultSet rs, int row) throws SQLException {
    return new UnitView(
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("short_name"),
        UnitKind.valueOf(rs.getString("kind")),
        Level.valueOf(rs.getString("level")),
        rs.getString("parent_code"),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class),
        UnitChange.valueOf(rs.getString("change_kind")),
        rs.getString("change_note"));
  }
}
