package vn.dvk.reporting.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.YearlySummary.ReplicatedModel;
import vn.dvk.reporting.YearlySummary.Replications;
import vn.dvk.reporting.YearlySummary.UnitRef;
import vn.dvk.reporting.YearlySummary.UnitReplications;
import vn.dvk.reporting.domain.ReplicationQueries.Copy;
import vn.dvk.units.Units;

/**
 * The summary's replication section: the copies of the subtree's units learned that year, by source
 * model (the 50 most copied first) and by the district-level unit that learned them.
 */
@Component
public class ReplicationSection {

  /** How many of the most copied models the section lists (it counts every source). */
  static final int MOST_COPIED = 50;

  private final ReplicationQueries queries;
  private final Units units;

  ReplicationSection(ReplicationQueries queries, Units units) {
    this.queries = queries;
    this.units = units;
  }

  public Replications of(YearTree tree) {
    var copies = queries.copies(tree.year(), tree.codes());
    var outside =
        units.versionsOn(
            copies.stream()
                .map(Copy::sourceUnit)
                .filter(code -> !tree.byCode().containsKey(code))
                .collect(Collectors.toSet()),
            tree.asOf());
    Function<String, UnitRef> named =
        code -> {
          var unit = tree.byCode().getOrDefault(code, outside.get(code));
          return UnitRef.of(
              unit != null ? unit : units.findOnOrLatest(code, tree.asOf()).orElseThrow());
        };
    return tally(copies, tree::tierOf, named);
  }

  /**
   * Counts copies: by source, and by the district-level unit of the learner ({@code districtOf};
   * the learner itself when it lies under none); {@code named} names a unit by its code.
   */
  static Replications tally(
      List<Copy> copies, Function<String, String> districtOf, Function<String, UnitRef> named) {
    var bySource = new LinkedHashMap<Long, Integer>();
    var sources = new LinkedHashMap<Long, Copy>();
    var byDistrict = new LinkedHashMap<String, Integer>();
    var learning = new HashSet<String>();
    var total = 0;
    for (var copy : copies) {
      total += copy.copies();
      bySource.merge(copy.sourceId(), copy.copies(), Integer::sum);
      sources.putIfAbsent(copy.sourceId(), copy);
      learning.add(copy.copyUnit());
      var district = districtOf.apply(copy.copyUnit());
      byDistrict.merge(district == null ? copy.copyUnit() : district, copy.copies(), Integer::sum);
    }
    return new Replications(
        total,
        bySource.size(),
        learning.size(),
        byModel(bySource, sources, named),
        byUnit(byDistrict, named));
  }

  private static List<ReplicatedModel> byModel(
      Map<Long, Integer> bySource, Map<Long, Copy> sources, Function<String, UnitRef> named) {
    return bySource.entrySet().stream()
        .map(
            e -> {
              var source = sources.get(e.getKey());
              return new ReplicatedModel(
                  e.getKey(), source.sourceTitle(), named.apply(source.sourceUnit()), e.getValue());
            })
        .sorted(
            Comparator.comparingInt(ReplicatedModel::copies)
                .reversed()
                .thenComparing(ReplicatedModel::id))
        .limit(MOST_COPIED)
        .toList();
  }

  private static List<UnitReplications> byUnit(
      Map<String, Integer> byDistrict, Function<String, UnitRef> named) {
    return byDistrict.entrySet().stream()
        .map(e -> new UnitReplications(named.apply(e.getKey()), e.getValue()))
        .sorted(
            Comparator.comparingInt(UnitReplications::copies)
                .reversed()
                .thenComparing(r -> r.unit().code()))
        .toList();
  }
}
