package vn.dvk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dvk.models.ModelSummary;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.recognition.RecognitionBulkLoader.HeldProposal;
import vn.dvk.recognition.RecognitionBulkLoader.HeldRound;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;

/**
 * The recognition rounds of the demo years, held the way the brief tells of 2023: communes
 * recognize their models first, 13 of the 14 district-level units consider theirs and recognize 155
 * at district level (Đức Linh considers none), each of those 13 proposes three to the province
 * (39), and the provincial commission recognizes 22, the five outstanding models among them. The
 * other years follow the same pattern with their own figures.
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

  static final List<String> PROVINCE_COUNCIL = List.of("council", "council2", "council3");

  private static final String NOT_RECOGNIZED =
      "Kết quả chưa rõ nét, chưa lan tỏa rộng trong Nhân dân";

  private final RecognitionBulkLoader loader;
  private final Map<String, NewUnit> units;
  private final List<NewUnit> districtLevel;
  private final Random random = new Random(2023);

  /** Standing recognitions so far: model → issuing unit → recognition. */
  private final Map<Long, Map<String, Long>> standing = new HashMap<>();

  DemoRecognitions(RecognitionBulkLoader loader, List<NewUnit> tree) {
    this.loader = loader;
    this.units =
        tree.stream()
            .collect(Collectors.toMap(NewUnit::code, u -> u, (a, b) -> a, LinkedHashMap::new));
    this.districtLevel =
        tree.stream().filter(u -> u.kind().isDistrictLevelPartyCommittee()).toList();
  }

  /** Holds every year's rounds; {@code registered} gives the models approved for a year. */
  int load(java.util.function.IntFunction<List<ModelSummary>> registered) {
    var rounds = 0;
    for (int year = 2021; year <= 2024; year++) {
      rounds += year(year, FIGURES.get(year), registered.apply(year));
    }
    return rounds;
  }

  private int year(int year, YearFigures figures, List<ModelSummary> models) {
    var outstanding =
        year == 2023
            ? DemoModels.OUTSTANDING.stream()
                .map(DemoModels.Outstanding::title)
                .collect(Collectors.toSet())
            : Set.<String>of();
    var byDistrict = new LinkedHashMap<String, List<ModelSummary>>();
    for (var model : models) {
      var district = districtOf(model.unitCode());
      if (district != null) {
        byDistrict.computeIfAbsent(district, k -> new ArrayList<>()).add(model);
      }
    }
    var considering = new ArrayList<>(districtLevel.stream().map(NewUnit::code).toList());
    if (year == 2023) {
      considering.remove(NOT_CONSIDERING_2023);
    } else {
      Collections.shuffle(considering, random);
      considering = new ArrayList<>(considering.subList(0, figures.considering()));
    }
    var candidatesOf = new LinkedHashMap<String, List<ModelSummary>>();
    for (var district : considering) {
      var candidates = new ArrayList<>(byDistrict.getOrDefault(district, List.of()));
      candidates.removeIf(m -> standing.getOrDefault(m.id(), Map.of()).containsKey(district));
      Collections.shuffle(candidates, random);
      candidates.sort(
          (a, b) ->
              Boolean.compare(outstanding.contains(b.title()), outstanding.contains(a.title())));
      candidatesOf.put(district, candidates);
    }
    var quotas = quotas(figures.districtRecognized(), candidatesOf);
    var rounds = 0;
    var toProvince = new ArrayList<HeldProposal>();
    var provinceChoice = new ArrayList<Long>();
    for (var district : considering) {
      var candidates = candidatesOf.get(district);
      var recognized = candidates.subList(0, quotas.get(district));
      var declined =
          candidates.subList(recognized.size(), Math.min(candidates.size(), recognized.size() + 3));
      rounds += grassroots(year, recognized);
      var proposals = new ArrayList<HeldProposal>();
      for (var model : recognized) {
        proposals.add(proposal(model, district, true));
      }
      for (var model : declined) {
        rounds += grassroots(year, List.of(model));
        proposals.add(proposal(model, district, false));
      }
      var made =
          hold(
              new HeldRound(
                  district,
                  Level.DISTRICT,
                  year,
                  "Xét công nhận mô hình “Dân vận khéo” cấp huyện năm " + year,
                  LocalDate.of(year, 7, 31),
                  LocalDate.of(year, 8, 18),
                  "Hội trường " + units.get(district).name(),
                  List.of(),
                  LocalDate.of(year, 8, 25),
                  "Trần Văn Minh",
                  "Trưởng Ban Dân vận",
                  proposals));
      rounds++;
      var proposed =
          recognized.stream()
              .filter(m -> !standing.getOrDefault(m.id(), Map.of()).containsKey("BT"))
              .limit(figures.proposedPerUnit())
              .toList();
      for (var model : proposed) {
        toProvince.add(
            new HeldProposal(
                model.id(), model.ownerKind(), district, made.get(model.id()), false, null));
        if (outstanding.contains(model.title())) {
          provinceChoice.add(0, model.id());
        } else {
          provinceChoice.add(model.id());
        }
      }
    }
    var outstandingIds = new HashSet<Long>();
    models.stream()
        .filter(m -> outstanding.contains(m.title()))
        .forEach(m -> outstandingIds.add(m.id()));
    var chosen = new HashSet<>(outstandingIds);
    var others = new ArrayList<>(provinceChoice);
    others.removeAll(outstandingIds);
    Collections.shuffle(others, random);
    for (var id : others) {
      if (chosen.size() >= figures.provinceRecognized()) {
        break;
      }
      chosen.add(id);
    }
    var provinceProposals =
        toProvince.stream()
            .map(
                p ->
                    new HeldProposal(
                        p.modelId(),
                        p.ownerKind(),
                        p.proposingUnitCode(),
                        p.basisRecognitionId(),
                        chosen.contains(p.modelId()),
                        chosen.contains(p.modelId()) ? null : NOT_RECOGNIZED,
                        outstandingIds.contains(p.modelId())))
            .toList();
    hold(
        new HeldRound(
            "BT",
            Level.PROVINCE,
            year,
            "Xét công nhận mô hình “Dân vận khéo” cấp tỉnh năm " + year,
            LocalDate.of(year, 10, 31),
            LocalDate.of(year, 11, 20),
            "Hội trường Tỉnh ủy Bình Thuận",
            PROVINCE_COUNCIL,
            LocalDate.of(year, 11, 28),
            "Nguyễn Thị Hồng",
            "Trưởng Ban Dân vận Tỉnh ủy",
            provinceProposals));
    return rounds + 1;
  }

  /**
   * Shares {@code total} recognitions among the units as evenly as their candidates allow: a unit
   * with few models recognizes all of them, the others share the rest.
   */
  private static Map<String, Integer> quotas(
      int total, Map<String, List<ModelSummary>> candidates) {
    var order = new ArrayList<>(candidates.keySet());
    order.sort((a, b) -> Integer.compare(candidates.get(a).size(), candidates.get(b).size()));
    var quotas = new HashMap<String, Integer>();
    var remaining = total;
    for (int i = 0; i < order.size(); i++) {
      var unitsLeft = order.size() - i;
      var share = (remaining + unitsLeft - 1) / unitsLeft;
      var quota = Math.min(candidates.get(order.get(i)).size(), share);
      quotas.put(order.get(i), quota);
      remaining -= quota;
    }
    return quotas;
  }

  /**
   * The communes and agencies recognize, at their own level, those of the models that are theirs.
   */
  private int grassroots(int year, List<ModelSummary> models) {
    var byUnit = new LinkedHashMap<String, List<ModelSummary>>();
    for (var model : models) {
      var unit = units.get(model.unitCode());
      if (unit.level() == Level.GRASSROOTS
          && !standing.getOrDefault(model.id(), Map.of()).containsKey(unit.code())) {
        byUnit.computeIfAbsent(unit.code(), k -> new ArrayList<>()).add(model);
      }
    }
    byUnit.forEach(
        (unit, own) ->
            hold(
                new HeldRound(
                    unit,
                    Level.GRASSROOTS,
                    year,
                    "Xét công nhận mô hình “Dân vận khéo” năm " + year,
                    LocalDate.of(year, 5, 31),
                    LocalDate.of(year, 6, 20),
                    "Hội trường " + units.get(unit).name(),
                    List.of(),
                    LocalDate.of(year, 6, 28),
                    "Lê Văn Thành",
                    "Bí thư Đảng ủy",
                    own.stream()
                        .map(m -> new HeldProposal(m.id(), m.ownerKind(), unit, null, true, null))
                        .toList())));
    return byUnit.size();
  }

  private HeldProposal proposal(ModelSummary model, String district, boolean recognized) {
    var basis =
        model.unitCode().equals(district)
            ? null
            : standing.getOrDefault(model.id(), Map.of()).get(model.unitCode());
    return new HeldProposal(
        model.id(),
        model.ownerKind(),
        model.unitCode().equals(district) ? district : model.unitCode(),
        basis,
        recognized,
        recognized ? null : NOT_RECOGNIZED);
  }

  private Map<Long, Long> hold(HeldRound round) {
    var made = loader.load(round, "demo");
    made.forEach(
        (model, recognition) ->
            standing
                .computeIfAbsent(model, k -> new HashMap<>())
                .put(round.unitCode(), recognition));
    return made;
  }

  private String districtOf(String code) {
    return DemoUnits.districtOf(code, units);
  }
}
