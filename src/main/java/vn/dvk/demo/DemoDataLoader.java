package vn.dvk.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.ModelBulkLoader;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.recognition.RecognitionView;
import vn.dvk.recognition.Recognitions;
import vn.dvk.replication.ReplicationBulkLoader;
import vn.dvk.showcase.PublicationBulkLoader;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.Units;

/** Loads the demo data on start-up, once, and only into an empty database. */
@Component
@Order(100) // before the first administrator's bootstrap (200): with both set, it finds users
@EnableConfigurationProperties(DemoProperties.class)
class DemoDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
  private static final String LOADER = "demo";

  private final DemoProperties properties;
  private final Units units;
  private final UserAccounts accounts;
  private final TransactionTemplate transaction;
  private final ModelBulkLoader loader;
  private final RecognitionBulkLoader recognitions;
  private final Recognitions standing;
  private final ReplicationBulkLoader replications;
  private final PublicationBulkLoader publications;

  DemoDataLoader(
      DemoProperties properties,
      Units units,
      UserAccounts accounts,
      TransactionTemplate transaction,
      ModelBulkLoader loader,
      RecognitionBulkLoader recognitions,
      Recognitions standing,
      ReplicationBulkLoader replications,
      PublicationBulkLoader publications) {
    this.properties = properties;
    this.units = units;
    this.accounts = accounts;
    this.transaction = transaction;
    this.loader = loader;
    this.recognitions = recognitions;
    this.standing = standing;
    this.replications = replications;
    this.publications = publications;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.enabled()) {
      return;
    }
    var modelCount = new long[1];
    var roundCount = new int[1];
    transaction.executeWithoutResult(
        status -> {
          if (!units.isEmpty()) {
            return;
          }
          var started = System.nanoTime();
          var tree = DemoUnits.binhThuan();
          units.createAll(tree, LOADER);
          accounts.createAll(DemoUsers.all(properties.password()));
          modelCount[0] = loader.load(DemoModels.binhThuan(tree).iterator(), loaded -> {});
          roundCount[0] = new DemoRecognitions(recognitions, tree).load(loader::registeredIn);
          var everyUnit = tree.stream().map(NewUnit::code).toList();
          replications.load(
              new DemoReplications(tree)
                  .links(loader::registeredIn, year -> standing.standingBy(everyUnit, year)),
              LOADER);
          publications.load(provinceRecognized(everyUnit), "duclinh.reviewer", "reviewer");
          log.info(
              "Demo data loaded: {} units, {} users, {} models, {} recognition rounds in {} ms",
              tree.size(),
              DemoUsers.count(),
              modelCount[0],
              roundCount[0],
              (System.nanoTime() - started) / 1_000_000);
        });
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
