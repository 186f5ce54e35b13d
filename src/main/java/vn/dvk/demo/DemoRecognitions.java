package vn.dvk.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import vn.dvk.models.ModelSummary;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.recognition.RecognitionBulkLoader.HeldProposal;
import vn.dvk.recognition.RecognitionBulkLoader.HeldRound;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;

/**
 * The recognition rounds of an old province's demo years ({@link DemoProvince}), held the way the
 * brief tells of Bình Thuận's 2023: communes recognize their models first, 13 of the 14
 * district-level units consider theirs and recognize 155 (Đức Linh none), each of those 13 proposes
 * three to the province (39), which recognizes 22, the five outstanding models among them.
 */
final class DemoRecognitions {

  /** One year's figures: units that consider, district recognitions, proposals, province ones. */
  record YearFigures(
      int considering, int districtRecognized, int proposedPerUnit, int provinceRecognized) {}

  static final Map<Integer, YearFigures> FIGURES =
      Map.of(
          2021, new YearFigures(9, 90, 2, 11),
          2022, new YearFigures(12, 128, 2, 15),
          2023, new YearFigures(13, 155, 3, 22),
          2024, new YearFigures(14, 168, 3, 24));

  /** The one district-level unit that did not consider recognition in 2023. */
  static final String NOT_CONSIDERING_2023 = "BT.DL";

  private final RecognitionBulkLoader loader;
  private final DemoProvince province;
  private final Map<String, NewUnit> units;
  private final List<NewUnit> districtLevel;
  private final Random random;

  /** Standing recognitions so far: model → issuing unit → recognition. */
  private final Map<Long, Map<String, Long>> standing = new HashMap<>();

  private int held;

  DemoRecognitions(RecognitionBulkLoader loader, DemoProvince province, List<NewUnit> tree) {
    this.loader = loader;
    this.province = province;
    this.random = new Random(province.recognitionSeed());
    this.units =
        tree.stream()
            .collect(Collectors.toMap(NewUnit::code, u -> u, (a, b) -> a, LinkedHashMap::new));
    this.districtLevel =
        tree.stream().filter(u -> u.kind().isDistrictLevelPartyCommittee()).toList();
  }

  /** Holds every year's rounds; {@code registered} gives the models approved for a year. */
  int load(IntFunction<List<ModelSummary>> registered) {
    for (int year = 2021; year <= 2024; year++) {
      year(year, province.figures().get(year), registered.apply(year));
    }
    return held;
  }

  private void year(int year, YearFigures figures, List<ModelSummary> models) {
    var outstanding = Set.copyOf(province.outstandingTitles(year));
    var considering = considering(year, figures);
    var candidatesOf = candidates(considering, byDistrict(models), outstanding);
    var quotas = Quotas.share(figures.districtRecognized(), candidatesOf);
    var toProvince = new ArrayList<HeldProposal>();
    for (var district : considering) {
      var recognized = district(year, district, candidatesOf.get(district), quotas.get(district));
      recognized.stream()
          .filter(m -> recognitionBy(m.id(), province.code()) == null)
          .limit(figures.proposedPerUnit())
          .forEach(m -> toProvince.add(upward(m, district)));
    }
    province(year, figures.provinceRecognized(), outstandingIds(models, outstanding), toProvince);
  }

  private Map<String, List<ModelSummary>> byDistrict(List<ModelSummary> models) {
    var byDistrict = new LinkedHashMap<String, List<ModelSummary>>();
    for (var model : models) {
      var district = DemoUnits.districtOf(model.unitCode(), units);
      if (district != null) {
        byDistrict.computeIfAbsent(district, k -> new ArrayList<>()).add(model);
      }
    }
    return byDistrict;
  }

  /**
   * The district-level units that consider recognition in the year: all but one named (Đức Linh in
   * Bình Thuận's 2023), or as many as the figures say, drawn at random.
   */
  private List<String> considering(int year, YearFigures figures) {
    var considering = new ArrayList<>(districtLevel.stream().map(NewUnit::code).toList());
    var notConsidering = province.notConsidering().get(year);
    if (notConsidering != null) {
      considering.remove(notConsidering);
      return considering;
    }
    Collections.shuffle(considering, random);
    return new ArrayList<>(considering.subList(0, figures.considering()));
  }

  /**
   * For each considering unit, its models not yet recognized by it, in random order with the
   * outstanding ones first.
   */
  private Map<String, List<ModelSummary>> candidates(
      List<String> considering,
      Map<String, List<ModelSummary>> byDistrict,
      Set<String> outstanding) {
    var candidatesOf = new LinkedHashMap<String, List<ModelSummary>>();
    for (var district : considering) {
      var candidates = new ArrayList<>(byDistrict.getOrDefault(district, List.of()));
      candidates.removeIf(m -> recognitionBy(m.id(), district) != null);
      Collections.shuffle(candidates, random);
      candidates.sort(
          (a, b) ->
              Boolean.compare(outstanding.contains(b.title()), outstanding.contains(a.title())));
      candidatesOf.put(district, candidates);
    }
    return candidatesOf;
  }

  /**
   * A district-level unit's round: its quota of candidates recognized, up to three more declined,
   * each first recognized by its own commune. Returns the models it recognized.
   */
  private List<ModelSummary> district(
      int year, String district, List<ModelSummary> candidates, int quota) {
    var recognized = candidates.subList(0, quota);
    var declined = candidates.subList(quota, Math.min(candidates.size(), quota + 3));
    var considered = new ArrayList<>(recognized);
    considered.addAll(declined);
    grassroots(year, considered);
    var proposals = new ArrayList<HeldProposal>();
    for (var model : recognized) {
      proposals.add(proposal(model, district, true));
    }
    for (var model : declined) {
      proposals.add(proposal(model, district, false));
    }
    hold(DemoRounds.district(district, units.get(district).name(), year, proposals));
    return recognized;
  }

  /** A district-level unit's proposal to the province, resting on its own recognition. */
  private HeldProposal upward(ModelSummary model, String district) {
    var basis = recognitionBy(model.id(), district);
    return new HeldProposal(model.id(), model.ownerKind(), district, basis, false, null);
  }

  private static Set<Long> outstandingIds(List<ModelSummary> models, Set<String> outstanding) {
    return models.stream()
        .filter(m -> outstanding.contains(m.title()))
        .map(ModelSummary::id)
        .collect(Collectors.toSet());
  }

  /**
   * The province's round: the outstanding models and, drawn at random from the other proposals,
   * enough more to recognize {@code count}.
   */
  private void province(
      int year, int count, Set<Long> outstandingIds, List<HeldProposal> toProvince) {
    var chosen = new HashSet<>(outstandingIds);
    var others =
        new ArrayList<>(
            toProvince.stream()
                .map(HeldProposal::modelId)
                .filter(id -> !outstandingIds.contains(id))
                .toList());
    Collections.shuffle(others, random);
    for (var id : others) {
      if (chosen.size() >= count) {
        break;
      }
      chosen.add(id);
    }
    var decided =
        toProvince.stream()
            .map(
                p ->
                    p.decided(
                        chosen.contains(p.modelId()),
                        DemoRounds.NOT_RECOGNIZED,
                        outstandingIds.contains(p.modelId())))
            .toList();
    hold(DemoRounds.province(province, year, decided));
  }

  /**
   * The communes and agencies recognize, at their own level, those of the models that are theirs:
   * each in one round of the year, whatever its district-level unit later decides on them.
   */
  private void grassroots(int year, List<ModelSummary> models) {
    var byUnit = new LinkedHashMap<String, List<ModelSummary>>();
    for (var model : models) {
      var unit = units.get(model.unitCode());
      if (unit.level() == Level.GRASSROOTS && recognitionBy(model.id(), unit.code()) == null) {
        byUnit.computeIfAbsent(unit.code(), k -> new ArrayList<>()).add(model);
      }
    }
    byUnit.forEach(
        (unit, own) ->
            hold(
                DemoRounds.grassroots(
                    unit,
                    units.get(unit).name(),
                    year,
                    own.stream()
                        .map(m -> new HeldProposal(m.id(), m.ownerKind(), unit, null, true, null))
                        .toList())));
  }

  /** A model before its district-level unit: proposed by its commune, or the unit's own. */
  private HeldProposal proposal(ModelSummary model, String district, boolean recognized) {
    var own = model.unitCode().equals(district);
    var basis = own ? null : recognitionBy(model.id(), model.unitCode());
    var reason = recognized ? null : DemoRounds.NOT_RECOGNIZED;
    return new HeldProposal(
        model.id(), model.ownerKind(), model.unitCode(), basis, recognized, reason);
  }

  /** The model's standing recognition by the unit, or null. */
  private Long recognitionBy(long modelId, String unit) {
    return standing.getOrDefault(modelId, Map.of()).get(unit);
  }

  private void hold(HeldRound round) {
    var made = loader.load(round, "demo");
    held++;
    made.forEach(
        (model, recognition) ->
            standing
                .computeIfAbsent(model, k -> new HashMap<>())
                .put(round.unitCode(), recognition));
  }
}
