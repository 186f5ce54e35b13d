package vn.dvk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.identity.Role;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;
import vn.dvk.units.NewUnit;
import vn.dvk.units.RestructureChange;
import vn.dvk.units.RestructureChange.Action;
import vn.dvk.units.Restructures;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/**
 * Not a test: a benchmark that prints figures, run by {@code bench/restructure.sh} (never by the
 * build). A country of the old size — 63 provinces, 693 districts, 10,395 communes — reformed by
 * one plan: 3,000 commune merges and every district dissolved into its province, its communes
 * moving up. Prints how long the plan takes to store, to preview and to apply.
 */
@IntegrationTest
@Tag("benchmark")
class RestructureBenchmark {

  static final int PROVINCES = 63;
  static final int DISTRICTS = 11;
  static final int COMMUNES = 15;
  static final int MERGES = 3_000;
  static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  @Autowired Units units;
  @Autowired Restructures restructures;
  @Autowired RoundFixtures fixtures;
  @Autowired Acting acting;

  @Test
  void aWholeCountrysReformAppliesInSeconds() {
    var nation = "B" + Long.toString(System.nanoTime() % 46_656, 36).toUpperCase();
    var started = System.nanoTime();
    units.createAll(country(nation), "bench");
    System.out.printf(
        "%nBENCH restructure: country of %d units made in %.1f s%n",
        1 + PROVINCES * (1 + DISTRICTS * (1 + COMMUNES)), seconds(started));
    var admin = "bench.national." + nation.toLowerCase();
    fixtures.user(admin, Role.ADMINISTRATOR, nation);
    var changes = reform(nation);

    started = System.nanoTime();
    var plan = acting.as(admin, () -> restructures.submit(REFORM, "Bench", changes));
    var stored = seconds(started);
    started = System.nanoTime();
    var preview = acting.as(admin, () -> restructures.preview(plan.id()));
    var previewed = seconds(started);
    started = System.nanoTime();
    acting.as(admin, () -> restructures.apply(plan.id()));
    var applied = seconds(started);

    System.out.printf(
        "BENCH restructure: %d changes (%d merges, %d dissolutions), %d refused;"
            + " stored %.1f s, preview %.1f s, applied %.1f s%n",
        changes.size(),
        MERGES,
        PROVINCES * DISTRICTS,
        preview.refusals().size(),
        stored,
        previewed,
        applied);
  }

  /** 3,000 merges of communes into the first of their district, then every district dissolved. */
  private static List<RestructureChange> reform(String nation) {
    var changes = new ArrayList<RestructureChange>();
    for (int c = 2; c <= COMMUNES && changes.size() < MERGES; c++) {
      for (int p = 1; p <= PROVINCES && changes.size() < MERGES; p++) {
        for (int d = 1; d <= DISTRICTS && changes.size() < MERGES; d++) {
          var district = district(nation, p, d);
          changes.add(change(Action.MERGE, district + ".C%02d".formatted(c), district + ".C01"));
        }
      }
    }
    for (int p = 1; p <= PROVINCES; p++) {
      for (int d = 1; d <= DISTRICTS; d++) {
        changes.add(change(Action.DISSOLVE, district(nation, p, d), province(nation, p)));
      }
    }
    return changes;
  }

  private static List<NewUnit> country(String nation) {
    var list = new ArrayList<NewUnit>();
    list.add(new NewUnit(nation, "Quốc gia " + nation, null, UnitKind.NATION, null, null, SINCE));
    for (int p = 1; p <= PROVINCES; p++) {
      list.add(unit(province(nation, p), UnitKind.PROVINCE, nation));
      for (int d = 1; d <= DISTRICTS; d++) {
        var district = district(nation, p, d);
        list.add(unit(district, UnitKind.DISTRICT, province(nation, p)));
        for (int c = 1; c <= COMMUNES; c++) {
          list.add(unit(district + ".C%02d".formatted(c), UnitKind.COMMUNE, district));
        }
      }
    }
    return list;
  }

  private static NewUnit unit(String code, UnitKind kind, String parent) {
    return new NewUnit(code, "Đơn vị " + code, null, kind, null, parent, SINCE);
  }

  private static String province(String nation, int p) {
    return nation + ".P%02d".formatted(p);
  }

  private static String district(String nation, int p, int d) {
    return province(nation, p) + ".D%02d".formatted(d);
  }

  private static RestructureChange change(Action action, String code, String successor) {
    return new RestructureChange(0, action, code, null, null, null, null, null, successor, null);
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }
}
