package vn.dvk.replication.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dvk.identity.Scope;
import vn.dvk.models.IndicatorProgress;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ProgressReports;
import vn.dvk.models.RegistrationView;
import vn.dvk.recognition.RecognitionView;
import vn.dvk.recognition.Recognitions;
import vn.dvk.replication.Replications.Node;
import vn.dvk.replication.Replications.Tree;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * Reads where a model spread: its copies depth first, each with its unit and district, its latest
 * registration, the highest level it is recognized at and the targets it reached. What a copy shows
 * depends on the reader (a copy they may not read and that is not recognized has no title).
 */
@Component
public class LineageTrees {

  private final SourceRepository links;
  private final MobilizationModels models;
  private final ProgressReports progress;
  private final Recognitions recognitions;
  private final Scope scope;
  private final Units units;

  LineageTrees(
      SourceRepository links,
      MobilizationModels models,
      ProgressReports progress,
      Recognitions recognitions,
      Scope scope,
      Units units) {
    this.links = links;
    this.models = models;
    this.progress = progress;
    this.recognitions = recognitions;
    this.scope = scope;
    this.units = units;
  }

  /** A model and every copy below it, with the copies counted by district-level unit. */
  public Tree of(long modelId) {
    var placed = Lineage.tree(modelId, links.below(modelId));
    var ids = new ArrayList<Long>();
    ids.add(modelId);
    placed.forEach(p -> ids.add(p.copy()));
    var reading = new Reading(recognitions.standing(ids), units.today());
    var root = node(modelId, null, 0, reading);
    var copies = new ArrayList<Node>();
    var byDistrict = new LinkedHashMap<String, Integer>();
    for (var p : placed) {
      var node = node(p.copy(), p.source(), p.depth(), reading);
      copies.add(node);
      byDistrict.merge(node.districtName(), 1, Integer::sum);
    }
    var sorted =
        byDistrict.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    return new Tree(root, copies, sorted);
  }

  /** What one reading of a tree shares: the recognitions of its models, the day, the districts. */
  private final class Reading {
    final Map<Long, List<RecognitionView>> recognized;
    final LocalDate today;
    final Map<String, UnitView> districts = new LinkedHashMap<>();

    Reading(Map<Long, List<RecognitionView>> recognized, LocalDate today) {
      this.recognized = recognized;
      this.today = today;
    }

    UnitView districtOf(String code) {
      return districts.computeIfAbsent(code, c -> districtLevel(c, today));
    }
  }

  private Node node(long id, Long sourceId, int depth, Reading reading) {
    var model = models.disseminated(id);
    var level =
        reading.recognized.getOrDefault(id, List.of()).stream()
            .map(RecognitionView::level)
            .max(Comparator.naturalOrder())
            .orElse(null);
    var readable = scope.canRead(model.unitCode());
    var shown = readable || level != null;
    var reached = shown ? progress.progressOf(model) : List.<IndicatorProgress>of();
    var unit = units.findOnOrLatest(model.unitCode(), reading.today);
    var latest = model.latestRegistration();
    return new Node(
        id,
        sourceId,
        depth,
        shown ? model.title() : null,
        model.unitCode(),
        unit.map(UnitView::shortName).orElse(model.unitCode()),
        reading.districtOf(model.unitCode()).shortName(),
        latest.map(RegistrationView::year).orElse(null),
        latest.map(RegistrationView::state).orElse(null),
        level,
        reached.size(),
        (int) reached.stream().filter(LineageTrees::reached).count(),
        readable);
  }

  private static boolean reached(IndicatorProgress indicator) {
    var percent = indicator.percent();
    return percent != null && percent >= 100;
  }

  /** The district-level unit a unit belongs to (itself when it is at that level or above). */
  private UnitView districtLevel(String code, LocalDate date) {
    var chain = units.chain(code, date);
    if (chain.isEmpty()) {
      return units.findOnOrLatest(code, date).orElseThrow();
    }
    return chain.stream()
        .filter(unit -> unit.kind().isDistrictLevelPartyCommittee())
        .findFirst()
        .orElse(chain.get(0));
  }
}
