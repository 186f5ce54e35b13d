package vn.dvk.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.programs.YearPlan;
import vn.dvk.reporting.YearlySummary.ByUnit;
import vn.dvk.reporting.YearlySummary.UnitRef;
import vn.dvk.reporting.domain.SummaryQueries;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.units.Level;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/** Writes the yearly summary for the signed-in user, for a unit of their scope. */
@Service
@Transactional(readOnly = true)
public class YearlySummaries {

  private final SummaryQueries queries;
  private final Scope scope;
  private final Units units;

  YearlySummaries(SummaryQueries queries, Scope scope, Units units) {
    this.queries = queries;
    this.scope = scope;
    this.units = units;
  }

  /**
   * The summary of a year for a unit's subtree (the user's own unit when none is given), with the
   * tree as it stood at the end of that year.
   */
  /** A year's tree below a unit, as the reports read it. */
  private record Frame(
      int year,
      LocalDate asOf,
      UnitView root,
      List<UnitView> tree,
      Map<String, UnitView> byCode,
      List<UnitView> districts,
      String province) {

    List<String> districtCodes() {
      return districts.stream().map(UnitView::code).toList();
    }
  }

  private Frame frame(Integer year, String unitCode) {
    var user = scope.requireUser();
    if (!user.can(Permission.REPORTS_READ)) {
      throw new ForbiddenException("reports.error.no-access");
    }
    if (year == null || year < 2000 || year > 2100) {
      throw new InvalidInputException(List.of(new Violation("year", "reports.error.year")));
    }
    var asOf = units.asOfYear(year);
    var code = unitCode == null || unitCode.isBlank() ? user.unitCode() : unitCode.trim();
    scope.requireReadable(code, asOf);
    return frameOf(year, code, asOf);
  }

  private Frame frameOf(int year, String code, LocalDate asOf) {
    var root = units.get(code, asOf);
    var tree = units.subtree(root.code(), asOf);
    var districts =
        tree.stream()
            .filter(u -> u.kind().isDistrictLevelPartyCommittee())
            .sorted(UnitView.OFFICIAL_ORDER)
            .toList();
    var province =
        units.chain(root.code(), asOf).stream()
            .filter(u -> u.kind() == UnitKind.PROVINCE)
            .findFirst()
            .map(UnitView::code)
            .orElse(null);
    return new Frame(
        year,
        asOf,
        root,
        tree,
        tree.stream().collect(Collectors.toMap(UnitView::code, u -> u)),
        districts,
        province);
  }

  public YearlySummary of(Integer year, String unitCode) {
    var frame = frame(year, unitCode);
    return summarize(frame.year(), frame);
  }

  /**
   * The figures the province publishes (the showcase's open data): each year's summary of the
   * province at the root of the tree (the first by code, were there several), for anyone, without a
   * signed-in user. Years in which nothing was registered or recognized yet are left out.
   */
  public PublicFigures publicFigures(List<Integer> years) {
    var lines = new ArrayList<PublicFigures.Year>();
    UnitRef root = null;
    for (var year : years) {
      var asOf = units.asOfYear(year);
      var province =
          units.treeOn(asOf).stream()
              .filter(u -> u.parentCode() == null && u.kind() == UnitKind.PROVINCE)
              .map(UnitView::code)
              .sorted()
              .findFirst();
      if (province.isEmpty()) {
        continue;
      }
      var s = summarize(year, frameOf(year, province.get(), asOf));
      if (s.registered().total() == 0 && s.districtLevel().recognized().total() == 0) {
        continue;
      }
      root = s.unit();
      lines.add(
          new PublicFigures.Year(
              year,
              s.registered().total(),
              s.registered().fresh(),
              s.registered().continued(),
              s.districtLevel().units(),
              s.districtLevel().unitsThatConsidered(),
              s.districtLevel().recognized().total(),
              s.proposalsToProvince().proposed().total(),
              s.provinceLevel().recognized().total(),
              s.outstandingModels().size(),
              s.replications().total()));
    }
    return new PublicFigures(root, lines);
  }

  private YearlySummary summarize(int year, Frame frame) {
    var asOf = frame.asOf();
    var root = frame.root();
    var tree = frame.tree();
    var byCode = frame.byCode();
    var registering =
        tree.stream()
            .filter(u -> u.level() == Level.DISTRICT || u.level() == Level.GRASSROOTS)
            .map(UnitView::code)
            .toList();
    var districts = frame.districts();
    var districtCodes = frame.districtCodes();
    var province = frame.province();

    var registered = queries.registered(year, registering);
    var registeredByUnit = queries.registeredByUnit(year, registering);
    var considered = Set.copyOf(queries.unitsThatConsidered(year, Level.DISTRICT, districtCodes));
    var recognizedByUnit = queries.recognizedByUnit(year, Level.DISTRICT, districtCodes);
    var proposedByUnit =
        province == null
            ? Map.<String, int[]>of()
            : queries.proposedByUnit(year, province, districtCodes);
    var subtree = tree.stream().map(UnitView::code).toList();

    var perDistrict = new HashMap<String, Integer>();
    registeredByUnit.forEach(
        (unit, count) -> {
          var district = districtOf(unit, byCode);
          if (district != null) {
            perDistrict.merge(district, count, Integer::sum);
          }
        });
    var byUnit = new ArrayList<ByUnit>();
    for (var district : districts) {
      byUnit.add(
          new ByUnit(
              ref(district),
              perDistrict.getOrDefault(district.code(), 0),
              total(recognizedByUnit.get(district.code())),
              total(proposedByUnit.get(district.code()))));
    }
    return new YearlySummary(
        year,
        ref(root),
        registered,
        new YearlySummary.DistrictLevel(
            districts.size(),
            (int) districts.stream().filter(d -> considered.contains(d.code())).count(),
            districts.stream()
                .filter(d -> !considered.contains(d.code()))
                .map(YearlySummaries::ref)
                .toList(),
            split(recognizedByUnit.values())),
        new YearlySummary.ProposalsToProvince(
            (int) districts.stream().filter(d -> total(proposedByUnit.get(d.code())) > 0).count(),
            districts.stream()
                .filter(d -> total(proposedByUnit.get(d.code())) == 0)
                .map(YearlySummaries::ref)
                .toList(),
            split(proposedByUnit.values())),
        new YearlySummary.ProvinceLevel(
            province == null
                ? new YearlySummary.Split(0, 0, 0)
                : queries.recognizedOf(year, Level.PROVINCE, province, subtree)),
        byUnit,
        province == null
            ? List.of()
            : queries.outstanding(year, province, subtree).stream()
                .map(
                    o ->
                        new YearlySummary.OutstandingModel(
                            o.id(),
                            o.title(),
                            ref(
                                byCode.containsKey(o.unitCode())
                                    ? byCode.get(o.unitCode())
                                    : units.get(o.unitCode(), asOf))))
                .toList(),
        replications(year, frame, subtree));
  }

  private YearlySummary.Replications replications(
      int year, Frame frame, java.util.Collection<String> subtree) {
    var copies = queries.replications(year, subtree);
    var bySource = new LinkedHashMap<Long, int[]>();
    var titles = new HashMap<Long, SummaryQueries.Replication>();
    var byDistrict = new HashMap<String, Integer>();
    var learning = new HashSet<String>();
    for (var copy : copies) {
      bySource.computeIfAbsent(copy.sourceId(), id -> new int[1])[0]++;
      titles.putIfAbsent(copy.sourceId(), copy);
      learning.add(copy.copyUnit());
      var district = districtOf(copy.copyUnit(), frame.byCode());
      byDistrict.merge(district == null ? copy.copyUnit() : district, 1, Integer::sum);
    }
    var byModel =
        bySource.entrySet().stream()
            .map(
                e -> {
                  var source = titles.get(e.getKey());
                  return new YearlySummary.ReplicatedModel(
                      e.getKey(),
                      source.sourceTitle(),
                      ref(unitNamed(source.sourceUnit(), frame)),
                      e.getValue()[0]);
                })
            .sorted(
                Comparator.comparingInt(YearlySummary.ReplicatedModel::copies)
                    .reversed()
                    .thenComparing(YearlySummary.ReplicatedModel::id))
            .toList();
    var byUnit =
        byDistrict.entrySet().stream()
            .map(
                e ->
                    new YearlySummary.UnitReplications(
                        ref(unitNamed(e.getKey(), frame)), e.getValue()))
            .sorted(
                Comparator.comparingInt(YearlySummary.UnitReplications::copies)
                    .reversed()
                    .thenComparing(r -> r.unit().code()))
            .toList();
    return new YearlySummary.Replications(
        copies.size(), bySource.size(), learning.size(), byModel, byUnit);
  }

  /** A unit as the year's tree names it, or as it stood last when it lies outside that tree. */
  private UnitView unitNamed(String code, Frame frame) {
    var unit = frame.byCode().get(code);
    return unit != null ? unit : units.findOnOrLatest(code, frame.asOf()).orElseThrow();
  }

  /**
   * The district-level units of a unit's subtree against the year's plan: when each met its
   * deadlines (registrations sent up, its council's meeting, its first proposal to the province),
   * the targets as figures, and what is still due.
   */
  public Coverage coverage(Integer year, String unitCode, YearPlan plan) {
    return coverage(frame(year, unitCode), plan);
  }

  /**
   * Coverage of every root of the tree, for the system's own jobs (reminders): no user, no scope.
   */
  public List<Coverage> coverageOfEveryRoot(int year, YearPlan plan) {
    var asOf = units.asOfYear(year);
    return units.treeOn(asOf).stream()
        .filter(u -> u.parentCode() == null)
        .map(root -> coverage(frameOf(year, root.code(), asOf), plan))
        .toList();
  }

  private Coverage coverage(Frame frame, YearPlan plan) {
    var today = units.today();
    var codes = frame.districtCodes();
    var registering = frame.tree().stream().map(UnitView::code).toList();
    var firstSent = new HashMap<String, LocalDate>();
    queries
        .firstRegistrationByUnit(frame.year(), registering)
        .forEach(
            (unit, date) -> {
              var district = districtOf(unit, frame.byCode());
              if (district != null) {
                firstSent.merge(district, date, (a, b) -> a.isBefore(b) ? a : b);
              }
            });
    var met = queries.firstMeetingByUnit(frame.year(), Level.DISTRICT, codes);
    var proposed =
        frame.province() == null
            ? Map.<String, LocalDate>of()
            : queries.firstProposalByUnit(frame.year(), frame.province(), codes);
    var proposedCounts =
        frame.province() == null
            ? Map.<String, int[]>of()
            : queries.proposedByUnit(frame.year(), frame.province(), codes);
    var lines = new ArrayList<Coverage.Line>();
    for (var district : frame.districts()) {
      var code = district.code();
      lines.add(
          new Coverage.Line(
              ref(district),
              step(firstSent.get(code), plan.registrationDeadline(), today),
              step(met.get(code), plan.districtRecognitionDeadline(), today),
              step(proposed.get(code), plan.provinceProposalDeadline(), today)));
    }
    var units = frame.districts().size();
    var considered =
        (int) lines.stream().filter(l -> l.districtRecognition().done() != null).count();
    var proposing =
        (int)
            frame.districts().stream()
                .filter(
                    d ->
                        total(proposedCounts.get(d.code()))
                            >= Math.max(1, plan.targetProposalsPerUnit()))
                .count();
    var targets =
        List.of(
            new Coverage.Target(
                "considered",
                considered,
                units,
                percent(considered, units),
                plan.targetConsideredPercent()),
            new Coverage.Target("proposed", proposing, units, percent(proposing, units), 100));
    var due = new ArrayList<Coverage.Due>();
    addDue(
        due,
        "registration",
        plan.registrationDeadline(),
        today,
        lines,
        Coverage.Line::registration);
    addDue(
        due,
        "district-recognition",
        plan.districtRecognitionDeadline(),
        today,
        lines,
        Coverage.Line::districtRecognition);
    addDue(
        due, "proposals", plan.provinceProposalDeadline(), today, lines, Coverage.Line::proposals);
    lines.sort(java.util.Comparator.comparingInt(Coverage.Line::missed).reversed());
    return new Coverage(frame.year(), ref(frame.root()), plan, lines, targets, due);
  }

  private static void addDue(
      List<Coverage.Due> due,
      String step,
      LocalDate deadline,
      LocalDate today,
      List<Coverage.Line> lines,
      java.util.function.Function<Coverage.Line, Coverage.Step> of) {
    if (deadline.isBefore(today)) {
      return;
    }
    var waiting =
        lines.stream().filter(l -> of.apply(l).done() == null).map(Coverage.Line::unit).toList();
    if (!waiting.isEmpty()) {
      due.add(new Coverage.Due(step, deadline, waiting));
    }
  }

  private static Coverage.Step step(LocalDate done, LocalDate deadline, LocalDate today) {
    return new Coverage.Step(Coverage.Status.of(done, deadline, today), done);
  }

  private static int percent(int part, int whole) {
    return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
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
      figures.add(
          new Dashboard.YearFigures(
              y,
              s.registered().total(),
              s.registered().fresh(),
              s.registered().continued(),
              s.registered().collective(),
              s.registered().individual(),
              s.districtLevel().recognized().total(),
              s.proposalsToProvince().proposed().total(),
              s.provinceLevel().recognized().total()));
      if (y == year) {
        chosen = s;
      }
    }
    if (chosen == null) {
      chosen = of(year, unitCode);
    }
    var frame = frame(year, unitCode);
    var registering =
        frame.tree().stream()
            .filter(u -> u.level() == Level.DISTRICT || u.level() == Level.GRASSROOTS)
            .map(UnitView::code)
            .toList();
    var fields = new ArrayList<Dashboard.FieldFigure>();
    queries
        .registeredByField(year, registering)
        .forEach(
            (code, count) ->
                fields.add(
                    new Dashboard.FieldFigure(code, fieldNames.getOrDefault(code, code), count)));
    return new Dashboard(chosen.unit(), year, figures, chosen.byUnit(), fields);
  }

  /** The district-level unit a unit belongs to (itself if it is one), in the year's tree. */
  private static String districtOf(String code, Map<String, UnitView> tree) {
    var unit = tree.get(code);
    while (unit != null) {
      if (unit.kind().isDistrictLevelPartyCommittee()) {
        return unit.code();
      }
      unit = unit.parentCode() == null ? null : tree.get(unit.parentCode());
    }
    return null;
  }

  private static UnitRef ref(UnitView unit) {
    return new UnitRef(unit.code(), unit.shortName());
  }

  private static int total(int[] counts) {
    return counts == null ? 0 : counts[0] + counts[1];
  }

  private static YearlySummary.Split split(java.util.Collection<int[]> counts) {
    int collective = 0;
    int individual = 0;
    for (var c : counts) {
      collective += c[0];
      individual += c[1];
    }
    return new YearlySummary.Split(collective + individual, collective, individual);
  }
}
