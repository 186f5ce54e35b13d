package vn.dvk.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.reporting.YearlySummary.UnitRef;
import vn.dvk.reporting.domain.YearTree;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * The figures the province publishes (the showcase's open data), for anyone, without a signed-in
 * user: each year of today's province (at the root of the tree or directly under the nation, the
 * first by code were there several), a year before a merger counting the provinces it absorbed (Lâm
 * Đồng's 2023 is Bình Thuận's, Đắk Nông's and its own). Years in which nothing was registered or
 * recognized yet are left out.
 */
@Service
@Transactional(readOnly = true)
public class PublishedFigures {

  private final YearlySummaries summaries;
  private final Units units;

  PublishedFigures(YearlySummaries summaries, Units units) {
    this.summaries = summaries;
    this.units = units;
  }

  public PublicFigures of(List<Integer> years) {
    var today = units.today();
    var province = province(today);
    if (province.isEmpty()) {
      return new PublicFigures(null, List.of());
    }
    var code = province.get().code();
    var lines = new ArrayList<PublicFigures.Year>();
    for (var year : years) {
      var parts =
          Absorbed.standingIn(units, code, today, year, (unit, day) -> true).stream()
              .map(
                  unit ->
                      summaries.summarize(
                          YearTree.read(units, year, unit, units.asOfYear(year, unit))))
              .toList();
      var figures = PublicFigures.Year.sum(year, parts);
      if (figures.registered() > 0 || figures.recognizedAtDistrictLevel() > 0) {
        lines.add(figures);
      }
    }
    return new PublicFigures(UnitRef.of(province.get()), lines);
  }

  private Optional<UnitView> province(java.time.LocalDate day) {
    var tree = units.treeOn(day);
    var nations =
        tree.stream().filter(u -> u.kind() == UnitKind.NATION).map(UnitView::code).toList();
    return tree.stream()
        .filter(u -> u.kind() == UnitKind.PROVINCE)
        .filter(u -> u.parentCode() == null || nations.contains(u.parentCode()))
        .min(java.util.Comparator.comparing(UnitView::code));
  }
}
