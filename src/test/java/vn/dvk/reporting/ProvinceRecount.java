package vn.dvk.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A year of a province recounted from the tables with plain SQL and plain Java, independently of
 * the reports' code: the tree of the day from {@code units_unit}, the merges from {@code
 * units_succession}, and the registrations, rounds, proposals and recognitions counted over them.
 */
final class ProvinceRecount {

  private static final Set<String> TIER_KINDS =
      Set.of(
          "CITY",
          "TOWN",
          "DISTRICT",
          "PARTY_COMMITTEE_UNDER_PROVINCE",
          "COMMUNE",
          "WARD",
          "TOWNSHIP",
          "SPECIAL_ZONE");

  private final JdbcClient jdbc;
  private final int year;
  private final String province;
  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, String> kind = new HashMap<>();
  private final Map<String, String> level = new HashMap<>();
  private final Map<String, String> successor = new HashMap<>();

  ProvinceRecount(JdbcClient jdbc, int year, String province, LocalDate day) {
    this.jdbc = jdbc;
    this.year = year;
    this.province = province;
    jdbc.sql(
            "select code, parent_code, kind, level from units_unit"
                + " where valid_from <= :d and (valid_to is null or valid_to > :d)")
        .param("d", day)
        .query(
            rs -> {
              parent.put(rs.getString(1), rs.getString(2));
              kind.put(rs.getString(1), rs.getString(3));
              level.put(rs.getString(1), rs.getString(4));
            });
    jdbc.sql(
            "select predecessor_code, successor_code from units_succession where effective_on <= :d")
        .param("d", day)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> successor.put(rs.getString(1), rs.getString(2)));
  }

  /** The units directly under the province that recognize models. */
  Set<String> tier() {
    var tier = new HashSet<String>();
    parent.forEach(
        (code, up) -> {
          if (province.equals(up) && TIER_KINDS.contains(kind.get(code))) {
            tier.add(code);
          }
        });
    return tier;
  }

  /** The unit of the day's tree a unit's records went to (itself, or its successor's). */
  private String inTree(String code) {
    var unit = code;
    for (int hops = 0; unit != null && !parent.containsKey(unit) && hops < 20; hops++) {
      unit = successor.get(unit);
    }
    return unit;
  }

  /** The tier unit whose figures a unit's records count in (through its merges), or null. */
  String tierOf(String code) {
    var unit = inTree(code);
    var tier = tier();
    while (unit != null && !tier.contains(unit)) {
      unit = parent.get(unit);
    }
    return unit;
  }

  /** Approved registrations of the year by tier unit. */
  Map<String, Integer> registeredByTier() {
    var counts = new HashMap<String, Integer>();
    jdbc.sql(
            "select m.unit_code, count(*) from models_registration r"
                + " join models_model m on m.id = r.model_id"
                + " where r.registration_year = :y and r.state in ('REGISTERED', 'IN_PROGRESS')"
                + " group by m.unit_code")
        .param("y", year)
        .query(
            rs -> {
              var unit = inTree(rs.getString(1));
              var registers = unit != null && !"PROVINCE".equals(level.get(unit));
              var tierUnit = registers ? tierOf(unit) : null;
              if (tierUnit != null) {
                counts.merge(tierUnit, rs.getInt(2), Integer::sum);
              }
            });
    return counts;
  }

  /** Tier units whose council met on a round of theirs that year. */
  Set<String> considered() {
    var met =
        jdbc.sql(
                "select distinct unit_code from recognition_round where round_year = :y"
                    + " and level in ('DISTRICT', 'GRASSROOTS')"
                    + " and state in ('MEETING_HELD', 'DECIDED')")
            .param("y", year)
            .query(String.class)
            .list();
    var result = new HashSet<>(met);
    result.retainAll(tier());
    return result;
  }

  /** Models the tier recognized that year. */
  int recognizedByTier() {
    return count(
        "select unit_code, count(distinct model_id) from recognition_recognition"
            + " where recognition_year = :y and level in ('DISTRICT', 'GRASSROOTS')"
            + " group by unit_code");
  }

  /** Models the tier proposed to the province's round of the year. */
  int proposedToProvince() {
    return count(
        "select p.proposing_unit_code, count(distinct p.model_id) from recognition_proposal p"
            + " join recognition_round r on r.id = p.round_id"
            + " where r.round_year = :y and r.level = 'PROVINCE' and r.unit_code = '"
            + province
            + "' and p.state in ('PROPOSED', 'RECOGNIZED', 'NOT_RECOGNIZED')"
            + " group by p.proposing_unit_code");
  }

  /** Models of the province's tree of the day that the province recognized that year. */
  int recognizedByProvince() {
    var total = new int[1];
    jdbc.sql(
            "select m.unit_code, count(distinct g.model_id) from recognition_recognition g"
                + " join models_model m on m.id = g.model_id"
                + " where g.recognition_year = :y and g.level = 'PROVINCE' and g.unit_code = :p"
                + " group by m.unit_code")
        .param("y", year)
        .param("p", province)
        .query(
            rs -> {
              var unit = inTree(rs.getString(1));
              while (unit != null && !province.equals(unit)) {
                unit = parent.get(unit);
              }
              if (unit != null) {
                total[0] += rs.getInt(2);
              }
            });
    return total[0];
  }

  private int count(String sql) {
    var tier = tier();
    var total = new int[1];
    jdbc.sql(sql)
        .param("y", year)
        .query(
            rs -> {
              if (tier.contains(rs.getString(1))) {
                total[0] += rs.getInt(2);
              }
            });
    return total[0];
  }

  static List<String> sorted(Set<String> codes) {
    return codes.stream().sorted().toList();
  }
}
