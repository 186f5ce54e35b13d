package vn.dvk.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.NewUserAccount;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.ModelBulkLoader;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.replication.ReplicationBulkLoader;
import vn.dvk.units.Units;

/**
 * Fills an empty database with the national data set (units, models with their registrations and
 * reports, then the years' rounds, recognitions and copies: {@link NationalRounds}) and stops the
 * application: run with {@code --dvk.generate.national=true} (see the README). Users {@code bench}
 * (administrator of the country) and {@code bench.province} (leader of Tỉnh 01) get the password
 * {@code bench}.
 */
@Component
@ConditionalOnProperty(name = "dvk.generate.national", havingValue = "true")
@EnableConfigurationProperties(NationalDataGenerator.Settings.class)
class NationalDataGenerator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(NationalDataGenerator.class);

  /** {@code dvk.generate.models} and {@code dvk.generate.reports-per-model}. */
  @ConfigurationProperties("dvk.generate")
  record Settings(Long models, Integer reportsPerModel) {
    Settings {
      models = models == null ? 1_000_000L : models;
      reportsPerModel = reportsPerModel == null ? 10 : reportsPerModel;
    }
  }

  private final Settings settings;
  private final Units units;
  private final UserAccounts accounts;
  private final ModelBulkLoader loader;
  private final NationalRounds rounds;
  private final ConfigurableApplicationContext context;

  NationalDataGenerator(
      Settings settings,
      Units units,
      UserAccounts accounts,
      ModelBulkLoader loader,
      RecognitionBulkLoader recognitions,
      ReplicationBulkLoader replications,
      TransactionTemplate transaction,
      ConfigurableApplicationContext context) {
    this.settings = settings;
    this.units = units;
    this.accounts = accounts;
    this.loader = loader;
    this.rounds = new NationalRounds(recognitions, replications, transaction);
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!units.isEmpty()) {
      log.error("The national data set is loaded only into an empty database; nothing done.");
      context.close();
      return;
    }
    var started = System.nanoTime();
    var tree = NationalData.units();
    units.createAll(tree, "generator");
    accounts.createAll(
        List.of(
            new NewUserAccount("bench", "Benchmark", null, Role.ADMINISTRATOR, "VN", "bench"),
            new NewUserAccount("bench.province", "Benchmark", null, Role.LEADER, "P01", "bench")));
    log.info("{} units in {} s", tree.size(), seconds(started));
    var loaded =
        loader.load(
            NationalData.models(settings.models(), settings.reportsPerModel()),
            count -> {
              if (count % 50_000 == 0) {
                log.info("{} models loaded ({} s)", count, seconds(started));
              }
            });
    log.info("{} models loaded ({} s)", loaded, seconds(started));
    var held = rounds.load(loader::registeredIn);
    log.info(
        "National data set: {} units, {} models, {} reports each, {} rounds, {} recognized by"
            + " districts, {} proposed to provinces, {} recognized by them, {} copies, in {} s",
        tree.size(),
        loaded,
        settings.reportsPerModel(),
        held.rounds(),
        held.districtRecognized(),
        held.proposedToProvince(),
        held.provinceRecognized(),
        held.copies(),
        seconds(started));
    context.close();
  }

  private static long seconds(long since) {
    return (System.nanoTime() - since) / 1_000_000_000;
  }
}
