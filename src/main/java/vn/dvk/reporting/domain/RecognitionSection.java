package vn.dvk.reporting.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.YearlySummary.DistrictLevel;
import vn.dvk.reporting.YearlySummary.OutstandingModel;
import vn.dvk.reporting.YearlySummary.ProposalsToProvince;
import vn.dvk.reporting.YearlySummary.ProvinceLevel;
import vn.dvk.reporting.YearlySummary.Split;
import vn.dvk.reporting.YearlySummary.UnitRef;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * The summary's recognition sections: what the district-level units considered and recognized, what
 * they proposed to the province, and what the province recognized and named outstanding.
 */
@Component
public class RecognitionSection {

  private final RecognitionQueries queries;
  private final Units units;

  RecognitionSection(RecognitionQueries queries, Units units) {
    this.queries = queries;
    this.units = units;
  }

  /** The sections, with the district-level units' own recognitions and proposals by unit. */
  public record Figures(
      DistrictLevel districtLevel,
      ProposalsToProvince proposalsToProvince,
      ProvinceLevel provinceLevel,
      List<OutstandingModel> outstanding,
      Map<String, Split> recognizedByDistrict,
      Map<String, Split> proposedByDistrict) {

    public int recognized(String district) {
      return total(recognizedByDistrict, district);
    }

    public int proposed(String district) {
      return total(proposedByDistrict, district);
    }
  }

  /** The sections of a tree, from its year's figures. */
  public Figures of(YearTree tree, YearFigures figures) {
    var codes = tree.tierCodes();
    var considered = figures.considered(YearTree.TIER_LEVELS, codes);
    var recognized = figures.recognizedByUnit(YearTree.TIER_LEVELS, codes);
    var proposed = figures.proposedByUnit(tree.province(), codes);
    return new Figures(
        districtLevel(tree, considered, recognized),
        proposalsToProvince(tree, proposed),
        new ProvinceLevel(figures.recognizedByProvince(tree.province(), tree.codes())),
        outstanding(tree),
        recognized,
        proposed);
  }

  private static DistrictLevel districtLevel(
      YearTree tree, Set<String> considered, Map<String, Split> recognized) {
    return new DistrictLevel(
        tree.tier().size(),
        districts(tree, d -> considered.contains(d.code())).size(),
        refs(districts(tree, d -> !considered.contains(d.code()))),
        Split.sum(recognized.values()));
  }

  private static ProposalsToProvince proposalsToProvince(
      YearTree tree, Map<String, Split> proposed) {
    return new ProposalsToProvince(
        districts(tree, d -> total(proposed, d.code()) > 0).size(),
        refs(districts(tree, d -> total(proposed, d.code()) == 0)),
        Split.sum(proposed.values()));
  }

  /** The models the province named outstanding, each with its unit as that year's tree names it. */
  private List<OutstandingModel> outstanding(YearTree tree) {
    if (tree.province() == null) {
      return List.of();
    }
    return queries.outstanding(tree.year(), tree.province(), tree.codes()).stream()
        .map(
            o -> {
              var unit = tree.unit(o.unitCode());
              return new OutstandingModel(
                  o.id(),
                  o.title(),
                  UnitRef.of(
                      unit != null
                          ? unit
                          : units.findOnOrLatest(o.unitCode(), tree.asOf()).orElseThrow()));
            })
        .toList();
  }

  private static List<UnitView> districts(YearTree tree, Predicate<UnitView> which) {
    return tree.tier().stream().filter(which).toList();
  }

  private static List<UnitRef> refs(List<UnitView> units) {
    return units.stream().map(UnitRef::of).toList();
  }

  private static int total(Map<String, Split> counts, String unit) {
    return counts.getOrDefault(unit, Split.NONE).total();
  }
}
