package vn.dvk.reporting.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.YearlySummary.ReplicatedModel;
import vn.dvk.reporting.YearlySummary.Replications;
import vn.dvk.reporting.YearlySummary.UnitRef;
import vn.dvk.reporting.YearlySummary.UnitReplications;
import vn.dvk.reporting.domain.ReplicationQueries.Copy;
import vn.dvk.reporting.domain.ReplicationQueries.Source;
import vn.dvk.units.UnitView;
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
    var outside = new HashMap<String, UnitView>();
    Function<Collection<Long>, Map<Long, Source>> sources =
        ids -> {
          var found = queries.sources(ids);
          var elsewhere =
              found.values().stream()
                  .map(Source::unitCode)
                  .filter(code -> tree.unit(code) == null)
                  .collect(Collectors.toSet());
          outside.putAll(units.versionsOn(elsewhere, tree.asOf()));
          return found;
        };
    var tiers = new HashMap<String, Optional<String>>();
    Function<String, String> tierOf =
        code -> tiers.computeIfAbsent(code, c -> Optional.ofNullable(tree.tierOf(c))).orElse(null);
    return tally(copies, tierOf, named(tree, outside), sources);
  }

  /**
   * Names a unit as the year's tree does, or as it stood then when it lies outside the tree ({@code
   * outside}, read with the sources; one that had ended by then, as it last was).
   */
  private Function<String, UnitRef> named(YearTree tree, Map<String, UnitView> outside) {
    return code -> {
      var unit = tree.unit(code);
      if (unit == null) {
        unit =
            outside.computeIfAbsent(code, c -> units.findOnOrLatest(c, tree.asOf()).orElseThrow());
      }
      return UnitRef.of(unit);
    };
  }

  /**
   * Counts copies: by source, and by the district-level unit of the learner ({@code districtOf};
   * the learner itself when it lies under none); {@code named} names a unit by its code, {@code
   * sources} describes the source models listed (the most copied).
   */
  static Replications tally(
      List<Copy> copies,
      Function<String, String> districtOf,
      Function<String, UnitRef> named,
      Function<Collection<Long>, Map<Long, Source>> sources) {
    var bySource = new HashMap<Long, Integer>();
    var byDistrict = new HashMap<String, Integer>();
    var learning = new HashSet<String>();
    var total = 0;
    for (var copy : copies) {
      total += copy.copies();
      bySource.merge(copy.sourceId(), copy.copies(), Integer::sum);
      learning.add(copy.copyUnit());
      var district = districtOf.apply(copy.copyUnit());
      byDistrict.merge(district == null ? copy.copyUnit() : district, copy.copies(), Integer::sum);
    }
    return new Replications(
        total,
        bySource.size(),
        learning.size(),
        byModel(bySource, named, sources),
        byUnit(byDistrict, named));
  }

  /** The most copied sources, most first (then by id), named with one look-up. */
  private static List<ReplicatedModel> byModel(
      Map<Long, Integer> bySource,
      Function<String, UnitRef> named,
      Function<Collection<Long>, Map<Long, Source>> sources) {
    var listed =
        bySource.entrySet().stream()
            .sorted(
                Map.Entry.<Long, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(MOST_COPIED)
            .toList();
    var described = sources.apply(listed.stream().map(Map.Entry::getKey).toList());
    return listed.stream()
        .map(
            e -> {
              var source = described.get(e.getKey());
              return new ReplicatedModel(
                  e.getKey(), source.title(), named.apply(source.unitCode()), e.getValue());
            })
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
