package vn.dvk.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import vn.dvk.models.ModelSummary;
import vn.dvk.recognition.RecognitionView;
import vn.dvk.replication.ReplicationBulkLoader.Learned;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;

/**
 * Who learned from whom in the demo years: each year, units of other districts start some of their
 * new models from models recognized at district or province level the year before, in the same
 * field. A copy that is recognized in turn is learned from the next year, so chains grow three
 * generations deep by 2024.
 */
final class DemoReplications {

  /** Sources learned from each year, and at most how many copies each. */
  private static final int SOURCES_PER_YEAR = 12;

  private static final int MAX_COPIES = 3;

  private final Map<String, NewUnit> units;
  private final Random random;

  DemoReplications(List<NewUnit> tree) {
    this(tree, 2022);
  }

  /** The links within one province's tree, drawn from a random source of their own. */
  DemoReplications(List<NewUnit> tree, long seed) {
    this.units = tree.stream().collect(Collectors.toMap(NewUnit::code, u -> u, (a, b) -> a));
    this.random = new Random(seed);
  }

  /**
   * The links for 2022–2024, given the models approved each year and the standing recognitions of
   * each year.
   */
  List<Learned> links(
      IntFunction<List<ModelSummary>> registered, IntFunction<List<RecognitionView>> recognized) {
    var links = new ArrayList<Learned>();
    var linked = new HashSet<Long>();
    // Each year is read once: this year's models and recognitions are next year's earlier ones.
    var earlier = registered.apply(2021);
    var levelsBefore = levels(recognized.apply(2021));
    for (int year = 2022; year <= 2024; year++) {
      var current = registered.apply(year);
      var levelsNow = levels(recognized.apply(year));
      var before = earlier.stream().map(ModelSummary::id).collect(Collectors.toSet());
      var fresh =
          current.stream()
              .filter(m -> !before.contains(m.id()) && !linked.contains(m.id()))
              .toList();
      var recognizedNow = levelsNow.keySet();
      for (var source : sources(levelsBefore, earlier, linked)) {
        var candidates =
            fresh.stream()
                .filter(m -> m.fieldCode().equals(source.fieldCode()))
                .filter(m -> !linked.contains(m.id()))
                .filter(m -> !districtOf(m.unitCode()).equals(districtOf(source.unitCode())))
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(candidates, random);
        candidates.sort(
            (a, b) ->
                Boolean.compare(recognizedNow.contains(b.id()), recognizedNow.contains(a.id())));
        var copies = 1 + random.nextInt(MAX_COPIES);
        for (var copy : candidates.subList(0, Math.min(copies, candidates.size()))) {
          links.add(new Learned(copy.id(), source.id()));
          linked.add(copy.id());
        }
      }
      earlier = current;
      levelsBefore = levelsNow;
    }
    return links;
  }

  /** The highest level each model stands recognized at, of district level and above. */
  private static Map<Long, Level> levels(List<RecognitionView> recognitions) {
    var levels = new HashMap<Long, Level>();
    for (var recognition : recognitions) {
      if (recognition.level().ordinal() >= Level.DISTRICT.ordinal()) {
        levels.merge(
            recognition.modelId(), recognition.level(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    return levels;
  }

  /**
   * The year's sources: copies recognized in turn first (so that chains grow), then models the
   * province recognized, then the others, drawn at random within each group.
   */
  private List<ModelSummary> sources(
      Map<Long, Level> levels, List<ModelSummary> registered, Set<Long> copies) {
    var candidates =
        registered.stream()
            .filter(m -> levels.containsKey(m.id()))
            .collect(Collectors.toCollection(ArrayList::new));
    Collections.shuffle(candidates, random);
    candidates.sort(
        (a, b) -> {
          var copy = Boolean.compare(copies.contains(b.id()), copies.contains(a.id()));
          return copy != 0 ? copy : levels.get(b.id()).compareTo(levels.get(a.id()));
        });
    return candidates.subList(0, Math.min(SOURCES_PER_YEAR, candidates.size()));
  }

  /** The district-level unit a unit belongs to (itself, if it is one), or its own code. */
  private String districtOf(String code) {
    var district = DemoUnits.districtOf(code, units);
    return district == null ? code : district;
  }
}
