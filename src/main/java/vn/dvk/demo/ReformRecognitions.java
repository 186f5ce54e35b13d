package vn.dvk.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import vn.dvk.models.ModelSummary;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.recognition.RecognitionBulkLoader.HeldProposal;
import vn.dvk.recognition.RecognitionBulkLoader.HeldRound;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;

/**
 * The recognition rounds of the new Lâm Đồng, 2025 (after 1 July) and 2026: the new commune-level
 * units and the party committees directly under the province recognize the models of their own and
 * of the units they took over (a model keeps its old unit's code), about a fifth of the year's
 * registrations; each proposes one to three of them to the province, which recognizes about half.
 */
final class ReformRecognitions {

  /** Share of the year's registrations recognized below the province, in percent. */
  static final int RECOGNIZED_BELOW_PERCENT = 20;

  /** Share of the recognizing units that consider recognition in a year, in percent. */
  static final int CONSIDERING_PERCENT = 85;

  private final RecognitionBulkLoader loader;
  private final ReformPlan plan;
  private final Map<String, NewUnit> recognizing;
  private final Random random;
  private int held;

  /**
   * @param recognizing the units that recognize after the reform, by code: the new commune-level
   *     units and the party committees directly under the province
   */
  ReformRecognitions(
      RecognitionBulkLoader loader, ReformPlan plan, Map<String, NewUnit> recognizing, long seed) {
    this.loader = loader;
    this.plan = plan;
    this.recognizing = recognizing;
    this.random = new Random(seed);
  }

  /** Holds the rounds of 2025 and 2026; {@code registered} gives the models approved for a year. */
  int load(IntFunction<List<ModelSummary>> registered) {
    for (int year = 2025; year <= 2026; year++) {
      year(year, registered.apply(year));
    }
    return held;
  }

  private void year(int year, List<ModelSummary> models) {
    var candidatesOf = candidates(models);
    var considering = new ArrayList<>(candidatesOf.keySet());
    Collections.shuffle(considering, random);
    var kept = considering.size() * CONSIDERING_PERCENT / 100;
    considering.subList(kept, considering.size()).forEach(candidatesOf::remove);
    var total = models.size() * RECOGNIZED_BELOW_PERCENT / 100;
    var quotas = Quotas.share(total, candidatesOf);
    var toProvince = new ArrayList<HeldProposal>();
    candidatesOf.forEach(
        (unit, candidates) -> toProvince.addAll(below(year, unit, candidates, quotas.get(unit))));
    province(year, toProvince);
  }

  /** Each recognizing unit's models of the year, in random order. */
  private Map<String, List<ModelSummary>> candidates(List<ModelSummary> models) {
    var candidatesOf = new LinkedHashMap<String, List<ModelSummary>>();
    for (var model : models) {
      var unit = plan.recognizerOf(model.unitCode());
      if (recognizing.containsKey(unit)) {
        candidatesOf.computeIfAbsent(unit, k -> new ArrayList<>()).add(model);
      }
    }
    candidatesOf.values().forEach(list -> Collections.shuffle(list, random));
    return candidatesOf;
  }

  /**
   * A round below the province: its quota recognized, up to two more declined. Returns its
   * proposals to the province, one to three of the models it recognized.
   */
  private List<HeldProposal> below(
      int year, String unit, List<ModelSummary> candidates, int quota) {
    var proposals = new ArrayList<HeldProposal>();
    for (int i = 0; i < Math.min(candidates.size(), quota + 2); i++) {
      var model = candidates.get(i);
      var recognized = i < quota;
      proposals.add(
          new HeldProposal(
              model.id(),
              model.ownerKind(),
              unit,
              null,
              recognized,
              recognized ? null : DemoRounds.NOT_RECOGNIZED));
    }
    var level = recognizing.get(unit).level();
    var made = hold(DemoRounds.afterReform(unit, name(unit), level, year, List.of(), proposals));
    var upward = new ArrayList<HeldProposal>();
    var count = Math.min(quota, 1 + random.nextInt(3));
    for (var model : candidates.subList(0, count)) {
      upward.add(
          new HeldProposal(model.id(), model.ownerKind(), unit, made.get(model.id()), false, null));
    }
    return upward;
  }

  /** The new province's round: about half of the proposals recognized, drawn at random. */
  private void province(int year, List<HeldProposal> toProvince) {
    var drawn = new ArrayList<>(toProvince.stream().map(HeldProposal::modelId).toList());
    Collections.shuffle(drawn, random);
    var chosen = new HashSet<>(drawn.subList(0, (drawn.size() + 1) / 2));
    var decided =
        toProvince.stream()
            .map(p -> p.decided(chosen.contains(p.modelId()), DemoRounds.NOT_RECOGNIZED, false))
            .toList();
    hold(
        DemoRounds.afterReform(
            ReformPlan.PROVINCE,
            "Tỉnh ủy Lâm Đồng",
            Level.PROVINCE,
            year,
            DemoRounds.PROVINCE_COUNCIL,
            decided));
  }

  private String name(String unit) {
    return recognizing.get(unit).name();
  }

  private Map<Long, Long> hold(HeldRound round) {
    held++;
    return loader.load(round, "demo");
  }
}
