package vn.dvk.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.ModelBulkLoader;
import vn.dvk.models.ModelBulkLoader.BulkModel;
import vn.dvk.models.ModelSummary;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.recognition.RecognitionView;
import vn.dvk.recognition.Recognitions;
import vn.dvk.replication.ReplicationBulkLoader;
import vn.dvk.showcase.PublicationBulkLoader;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.Units;

/**
 * The demo's first phase, the years before the reform: Bình Thuận 2021–2024 exactly as it always
 * was (loaded first, from its own seeds), then the nation and the old Lâm Đồng and Đắk Nông with
 * their 2021–2024, and the three provinces' registrations of 2025, approved before 1 July. Runs in
 * the caller's transaction.
 */
@Component
class DemoHistory {

  static final String LOADER = "demo";

  private final Units units;
  private final UserAccounts accounts;
  private final ModelBulkLoader loader;
  private final RecognitionBulkLoader recognitions;
  private final Recognitions standing;
  private final ReplicationBulkLoader replications;
  private final PublicationBulkLoader publications;

  DemoHistory(
      Units units,
      UserAccounts accounts,
      ModelBulkLoader loader,
      RecognitionBulkLoader recognitions,
      Recognitions standing,
      ReplicationBulkLoader replications,
      PublicationBulkLoader publications) {
    this.units = units;
    this.accounts = accounts;
    this.loader = loader;
    this.recognitions = recognitions;
    this.standing = standing;
    this.replications = replications;
    this.publications = publications;
  }

  /** What a phase loaded, for the log. */
  record Loaded(int units, long models, int rounds) {

    Loaded plus(Loaded other) {
      return new Loaded(units + other.units, models + other.models, rounds + other.rounds);
    }
  }

  /**
   * Loads the years before the reform; with {@code reformFollows}, the models that go on after it
   * are already registered for 2026 too (a model keeps its unit across the reform).
   */
  Loaded load(String password, boolean reformFollows) {
    var fresh2025 = new ArrayList<BulkModel>();
    var binhThuan = binhThuan(reformFollows, fresh2025);
    return binhThuan.plus(others(password, reformFollows, fresh2025));
  }

  /** Bình Thuận, first and as it always was; its 2025 new models are added to {@code fresh2025}. */
  private Loaded binhThuan(boolean reformFollows, List<BulkModel> fresh2025) {
    var tree = DemoUnits.binhThuan();
    units.createAll(tree, LOADER);
    var models = DemoModels.binhThuan(tree);
    fresh2025.addAll(later(DemoProvince.BINH_THUAN, tree, models, reformFollows));
    var count = loader.load(models.iterator(), loaded -> {});
    var rounds =
        new DemoRecognitions(recognitions, DemoProvince.BINH_THUAN, tree)
            .load(loader::registeredIn);
    var everyUnit = tree.stream().map(NewUnit::code).toList();
    replications.load(
        new DemoReplications(tree)
            .links(loader::registeredIn, year -> standing.standingBy(everyUnit, year)),
        LOADER);
    publications.load(provinceRecognized(everyUnit), "duclinh.reviewer", "reviewer");
    return new Loaded(tree.size(), count, rounds);
  }

  /**
   * The nation, the old Lâm Đồng and Đắk Nông with their models and rounds, the three provinces'
   * new models of 2025, all in one batch, and every demo user (Bình Thuận's first).
   */
  private Loaded others(String password, boolean reformFollows, List<BulkModel> fresh2025) {
    units.createAll(List.of(DemoUnits.nation()), LOADER);
    var trees = List.of(DemoUnits.lamDong(), DemoUnits.dakNong());
    trees.forEach(tree -> units.createAll(tree, LOADER));
    accounts.createAll(DemoUsers.all(password));
    var provinces = List.of(DemoProvince.LAM_DONG, DemoProvince.DAK_NONG);
    var all = new ArrayList<BulkModel>();
    for (int i = 0; i < provinces.size(); i++) {
      var models = DemoModels.of(provinces.get(i), trees.get(i));
      fresh2025.addAll(later(provinces.get(i), trees.get(i), models, reformFollows));
      all.addAll(models);
    }
    all.addAll(fresh2025);
    var count = loader.load(all.iterator(), n -> {});
    var registered = new HashMap<Integer, List<ModelSummary>>();
    IntFunction<List<ModelSummary>> ofYear =
        year -> registered.computeIfAbsent(year, loader::registeredIn);
    var rounds = 0;
    for (int i = 0; i < provinces.size(); i++) {
      rounds += new DemoRecognitions(recognitions, provinces.get(i), trees.get(i)).load(ofYear);
      learned(provinces.get(i), trees.get(i), ofYear);
    }
    return new Loaded(1 + trees.get(0).size() + trees.get(1).size(), count, rounds);
  }

  /** Who learned from whom within a smaller province, 2022–2024. */
  private void learned(
      DemoProvince province, List<NewUnit> tree, IntFunction<List<ModelSummary>> registered) {
    var codes = tree.stream().map(NewUnit::code).toList();
    var inTree = new HashSet<>(codes);
    replications.load(
        new DemoReplications(tree, province.recognitionSeed() + 1)
            .links(
                year ->
                    registered.apply(year).stream()
                        .filter(m -> inTree.contains(m.unitCode()))
                        .toList(),
                year -> standing.standingBy(codes, year)),
        LOADER);
  }

  /**
   * The province's 2025 before the reform, from a random source of its own: some of its 2024 models
   * continued, and new ones; with the reform to follow, some of both continued into 2026. Returns
   * the new models (the continued ones are among {@code models}).
   */
  private static List<BulkModel> later(
      DemoProvince province, List<NewUnit> tree, List<BulkModel> models, boolean reformFollows) {
    var later = new LaterRegistrations(province.modelSeed() + 2025);
    var counts = province.later();
    later.continueInto(models, 2025, counts[1]);
    var fresh = later.fresh(tree, 2025, counts[0]);
    if (reformFollows) {
      var all = new ArrayList<>(models);
      all.addAll(fresh);
      later.continueInto(all, 2026, counts[2]);
    }
    return fresh;
  }

  /**
   * The models the province recognized in the demo years: the reviewers published them to the
   * showcase.
   */
  private List<Long> provinceRecognized(List<String> everyUnit) {
    return standing.standingBy(everyUnit, null).stream()
        .filter(r -> r.level() == Level.PROVINCE)
        .map(RecognitionView::modelId)
        .distinct()
        .sorted()
        .toList();
  }
}
