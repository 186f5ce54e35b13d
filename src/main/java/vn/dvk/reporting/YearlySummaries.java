package vn.dvk.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.programs.YearPlan;
import vn.dvk.reporting.YearlySummary.ByUnit;
import vn.dvk.reporting.YearlySummary.UnitRef;
import vn.dvk.reporting.YearlySummary.UnitsUnderProvince;
import vn.dvk.reporting.domain.CoverageSection;
import vn.dvk.reporting.domain.RecognitionSection;
import vn.dvk.reporting.domain.RegistrationQueries;
import vn.dvk.reporting.domain.ReplicationSection;
import vn.dvk.reporting.domain.YearFigures;
import vn.dvk.reporting.domain.YearTree;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.MovementYear;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * Writes the yearly summary, the dashboard's figures and the coverage of the year's plan for the
 * signed-in user, for a unit of their scope, with the tree as it stood at the end of the year; and
 * the province's published figures and every root's coverage for the system's own use.
 */
@Service
@Transactional(readOnly = true)
public class YearlySummaries {

  private final RegistrationQueries registrations;
  private final YearFigures.Reader figures;
  private final RecognitionSection recognition;
  private final ReplicationSection replication;
  private final CoverageSection coverage;
  private final Scope scope;
  private final Units units;

  YearlySummaries(
      RegistrationQueries registrations,
      YearFigures.Reader figures,
      RecognitionSection recognition,
      ReplicationSection replication,
      CoverageSection coverage,
      Scope scope,
      Units units) {
    this.registrations = registrations;
    this.figures = figures;
    this.recognition = recognition;
    this.replication = replication;
    this.coverage = coverage;
    this.scope = scope;
    this.units = units;
  }

  /**
   * The summary of a year for a unit's subtree (the user's own unit when none is given), with the
   * tree as it stood at the end of that year.
   */
  public YearlySummary of(Integer year, String unitCode) {
    return summarize(readableTree(year, unitCode));
  }

  /**
   * What a report opens on when no year is asked for: the summary of the latest year up to {@code
   * thisYear} that counts a registration for the unit, looking back a few years; none if those
   * years hold none.
   */
  public Optional<YearlySummary> latestWithData(String unitCode, int thisYear) {
    var first = Math.max(MovementYear.FIRST, thisYear - 4);
    for (var year = thisYear; year >= first; year--) {
      try {
        var summary = of(year, unitCode);
        if (summary.registered().total() > 0) {
          return Optional.of(summary);
        }
      } catch (NotFoundException unitNotYetThere) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * The district-level units of a unit's subtree against the year's plan: when each met its
   * deadlines (registrations sent up, its council's meeting, its first proposal to the province),
   * the targets as figures, and what is still due.
   */
  public Coverage coverage(Integer year, String unitCode, YearPlan plan) {
    return coverage.of(readableTree(year, unitCode), plan);
  }

  /**
   * Coverage of every root of the tree, for the system's own jobs (reminders): no user, no scope.
   */
  public List<Coverage> coverageOfEveryRoot(int year, YearPlan plan) {
    var asOf = units.asOfYear(year);
    return units.treeOn(asOf).stream()
        .filter(u -> u.parentCode() == null)
        .map(root -> coverage.of(YearTree.read(units, year, root.code(), asOf), plan))
        .toList();
  }

  /**
   * The dashboard's figures: each of the years asked for (each with its own tree), and for {@code
   * year} the district-level units and the fields ({@code fieldNames} by code).
   */
  public Dashboard dashboard(
      int year, String unitCode, List<Integer> years, Map<String, String> fieldNames) {
    var figures = new ArrayList<Dashboard.YearFigures>();
    YearlySummary chosen = null;
    for (var y : years) {
      var s = of(y, unitCode);
      figures.add(Dashboard.YearFigures.of(s));
      if (y == year) {
        chosen = s;
      }
    }
    if (chosen == null) {
      chosen = of(year, unitCode);
    }
    var tree = readableTree(year, unitCode);
    var fields = new ArrayList<Dashboard.FieldFigure>();
    registrations
        .byField(year, tree.registering())
        .forEach(
            (code, count) ->
                fields.add(
                    new Dashboard.FieldFigure(code, fieldNames.getOrDefault(code, code), count)));
    return new Dashboard(
        chosen.unit(),
        year,
        figures,
        chosen.byUnit(),
        fields,
        chosen.unitsUnderProvince().structure());
  }

  /** The tree of the year below the unit asked for, once the user may read reports of it. */
  private YearTree readableTree(Integer year, String unitCode) {
    var user = scope.requireUser();
    if (!user.can(Permission.REPORTS_READ)) {
      throw new ForbiddenException("reports.error.no-access");
    }
    if (year == null || year < 2000 || year > 2100) {
      throw new InvalidInputException(List.of(new Violation("year", "reports.error.year")));
    }
    var code = unitCode == null || unitCode.isBlank() ? user.unitCode() : unitCode.trim();
    var asOf = units.asOfYear(year, code);
    scope.requireReadable(code, asOf);
    return YearTree.read(units, year, code, asOf);
  }

  /** The summary of a tree, for no one in particular: callers check the reader. */
  YearlySummary summarize(YearTree tree) {
    var year = figures.of(tree);
    var registering = tree.registering();
    var registeredByUnit = tree.byTier(year.registeredByUnit(registering), Integer::sum);
    var recognized = recognition.of(tree, year);
    var byUnit =
        tree.tier().stream()
            .map(
                d ->
                    new ByUnit(
                        UnitRef.of(d),
                        registeredByUnit.getOrDefault(d.code(), 0),
                        recognized.recognized(d.code()),
                        recognized.proposed(d.code())))
            .toList();
    return new YearlySummary(
        tree.year(),
        UnitRef.of(tree.root()),
        year.registered(registering),
        recognized.districtLevel(),
        recognized.proposalsToProvince(),
        recognized.provinceLevel(),
        tree.root().kind() == UnitKind.NATION ? byProvince(tree, byUnit) : byUnit,
        recognized.outstanding(),
        replication.of(tree),
        underProvince(tree, recognized));
  }

  /** A whole country's lines: one per province (the level below), summing its units'. */
  private static List<ByUnit> byProvince(YearTree tree, List<ByUnit> lines) {
    var sums = new HashMap<String, int[]>();
    for (var line : lines) {
      var sum = sums.computeIfAbsent(tree.unit(line.unit().code()).parentCode(), k -> new int[3]);
      sum[0] += line.registered();
      sum[1] += line.recognized();
      sum[2] += line.proposed();
    }
    return UnitView.inOfficialOrder(sums.keySet().stream().map(tree::unit).toList()).stream()
        .map(
            p ->
                new ByUnit(
                    UnitRef.of(p),
                    sums.get(p.code())[0],
                    sums.get(p.code())[1],
                    sums.get(p.code())[2]))
        .toList();
  }

  private static UnitsUnderProvince underProvince(
      YearTree tree, RecognitionSection.Figures recognized) {
    var kinds = tree.tier().stream().map(UnitView::kind).distinct().sorted().toList();
    return new UnitsUnderProvince(
        tree.structure(),
        kinds,
        tree.tier().size(),
        recognized.districtLevel().unitsThatConsidered(),
        recognized.proposalsToProvince().unitsThatProposed());
  }
}
