package vn.dvk.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.models.ModelSummary;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.recognition.RecognitionBulkLoader.HeldProposal;
import vn.dvk.recognition.RecognitionBulkLoader.HeldRound;
import vn.dvk.replication.ReplicationBulkLoader;
import vn.dvk.replication.ReplicationBulkLoader.Learned;

/**
 * The recognition half of the national data set, in the proportions of the brief: each year, nine
 * districts in ten hold a round; each proposes a quarter of its approved models to it (from their
 * communes) and recognizes four in five of those, a fifth of its models; a quarter of what it
 * recognized goes up to the province's round (a twentieth), which recognizes half and names one in
 * ten of those outstanding. From 2022, three in a hundred new models learn from a model their
 * province recognized before. Each province's year is loaded in a transaction of its own.
 */
final class NationalRounds {

  /** What was loaded. */
  record Loaded(
      int rounds,
      int districtRecognized,
      int proposedToProvince,
      int provinceRecognized,
      int copies) {}

  /** A district's round and the models it recognized that go up to the province. */
  record DistrictRound(String district, HeldRound round, List<ModelSummary> upward) {}

  private final RecognitionBulkLoader recognitions;
  private final ReplicationBulkLoader replications;
  private final TransactionTemplate transaction;
  private final Random random = new Random(2_025);

  /** Models the province recognized so far, by province. */
  private final Map<String, List<Long>> recognizedByProvince = new HashMap<>();

  private int rounds;
  private int districtRecognized;
  private int proposed;
  private int provinceRecognized;
  private int copies;

  NationalRounds(
      RecognitionBulkLoader recognitions,
      ReplicationBulkLoader replications,
      TransactionTemplate transaction) {
    this.recognitions = recognitions;
    this.replications = replications;
    this.transaction = transaction;
  }

  /** Holds every year's rounds; {@code registered} gives the models approved for a year. */
  Loaded load(IntFunction<List<ModelSummary>> registered) {
    Set<Long> before = Set.of();
    for (int year = 2021; year <= 2024; year++) {
      var models = registered.apply(year);
      var ofYear = year;
      byPrefix(models, 1)
          .forEach(
              (province, own) ->
                  transaction.executeWithoutResult(status -> province(ofYear, province, own)));
      var previous = before;
      var fresh = models.stream().filter(m -> !previous.contains(m.id())).toList();
      transaction.executeWithoutResult(status -> copies(fresh));
      before = new HashSet<>(models.stream().map(ModelSummary::id).toList());
    }
    return new Loaded(rounds, districtRecognized, proposed, provinceRecognized, copies);
  }

  private void province(int year, String province, List<ModelSummary> models) {
    var upward = new ArrayList<HeldProposal>();
    for (var district : districts(year, byPrefix(models, 2), random)) {
      var made = recognitions.load(district.round(), "generator");
      rounds++;
      districtRecognized += made.size();
      for (var model : district.upward()) {
        upward.add(
            new HeldProposal(
                model.id(),
                model.ownerKind(),
                district.district(),
                made.get(model.id()),
                false,
                null));
      }
    }
    if (upward.isEmpty()) {
      return;
    }
    var round = province(province, year, upward, random);
    var made = recognitions.load(round, "generator");
    rounds++;
    proposed += upward.size();
    provinceRecognized += made.size();
    recognizedByProvince.computeIfAbsent(province, k -> new ArrayList<>()).addAll(made.keySet());
  }

  /** Three in a hundred of the year's new models learn from a model their province recognized. */
  private void copies(List<ModelSummary> fresh) {
    var learned = new ArrayList<Learned>();
    for (var model : fresh) {
      var sources = recognizedByProvince.get(prefix(model.unitCode(), 1));
      if (sources != null && !sources.isEmpty() && random.nextInt(100) < 3) {
        var source = sources.get(random.nextInt(sources.size()));
        if (source != model.id()) {
          learned.add(new Learned(model.id(), source));
        }
      }
    }
    copies += replications.load(learned, "generator");
  }

  /**
   * The year's district rounds of a province: nine districts in ten hold one, on a quarter of their
   * models, and recognize four in five of those; a quarter of what each recognized goes up.
   */
  static List<DistrictRound> districts(
      int year, Map<String, List<ModelSummary>> byDistrict, Random random) {
    var result = new ArrayList<DistrictRound>();
    for (var entry : byDistrict.entrySet()) {
      if (random.nextInt(10) == 0) {
        continue;
      }
      var candidates = new ArrayList<>(entry.getValue());
      Collections.shuffle(candidates, random);
      var considered = candidates.subList(0, (candidates.size() + 2) / 4);
      var recognized = considered.subList(0, (considered.size() * 4 + 4) / 5);
      var proposals = new ArrayList<HeldProposal>();
      for (var model : considered) {
        var yes = recognized.contains(model);
        proposals.add(
            new HeldProposal(
                model.id(),
                model.ownerKind(),
                model.unitCode(),
                null,
                yes,
                yes ? null : DemoRounds.NOT_RECOGNIZED));
      }
      var district = entry.getKey();
      result.add(
          new DistrictRound(
              district,
              DemoRounds.district(district, "Huyện " + district, year, proposals),
              List.copyOf(recognized.subList(0, (recognized.size() + 2) / 4))));
    }
    return result;
  }

  /** The province's round: half of what came up recognized, one in ten of those outstanding. */
  static HeldRound province(String province, int year, List<HeldProposal> upward, Random random) {
    var decided = new ArrayList<HeldProposal>();
    for (int i = 0; i < upward.size(); i++) {
      var yes = i % 2 == 0;
      decided.add(upward.get(i).decided(yes, DemoRounds.NOT_RECOGNIZED, yes && i % 20 == 0));
    }
    Collections.shuffle(decided, random);
    return DemoRounds.province(province, "Hội trường Tỉnh ủy " + province, year, decided);
  }

  /** Models grouped by the first {@code parts} parts of their unit's code, in code order. */
  static Map<String, List<ModelSummary>> byPrefix(List<ModelSummary> models, int parts) {
    var grouped = new TreeMap<String, List<ModelSummary>>();
    for (var model : models) {
      grouped.computeIfAbsent(prefix(model.unitCode(), parts), k -> new ArrayList<>()).add(model);
    }
    return grouped;
  }

  private static String prefix(String code, int parts) {
    var end = -1;
    for (int i = 0; i < parts; i++) {
      end = code.indexOf('.', end + 1);
      if (end < 0) {
        return code;
      }
    }
    return code.substring(0, end);
  }
}
