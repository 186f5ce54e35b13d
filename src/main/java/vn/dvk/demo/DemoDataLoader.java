package vn.dvk.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.units.Units;

/**
 * Loads the demo data on start-up, once, and only into an empty database, in three phases: the
 * years before the reform ({@link DemoHistory}), the reform of 1 July 2025 and the years after it
 * ({@link DemoReform}).
 */
@Component
@Order(100) // before the first administrator's bootstrap (200): with both set, it finds users
@EnableConfigurationProperties(DemoProperties.class)
class DemoDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final DemoProperties properties;
  private final Units units;
  private final TransactionTemplate transaction;
  private final DemoHistory history;
  private final DemoReform reform;

  DemoDataLoader(
      DemoProperties properties,
      Units units,
      TransactionTemplate transaction,
      DemoHistory history,
      DemoReform reform) {
    this.properties = properties;
    this.units = units;
    this.transaction = transaction;
    this.history = history;
    this.reform = reform;
  }

  /** What the transaction loaded, and when its history and everything before the commit ended. */
  private record Load(DemoHistory.Loaded loaded, long historyDone, long beforeCommit) {}

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.enabled()) {
      return;
    }
    var started = System.nanoTime();
    var load = transaction.execute(status -> units.isEmpty() ? loadAll() : null);
    if (load != null) {
      log.info(
          "Demo data loaded: {} units, {} users, {} models, {} recognition rounds in {} ms"
              + " ({} ms before the reform), committed at {} ms",
          load.loaded().units(),
          DemoUsers.count(),
          load.loaded().models(),
          load.loaded().rounds(),
          (load.beforeCommit() - started) / 1_000_000,
          (load.historyDone() - started) / 1_000_000,
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  private Load loadAll() {
    var loaded = history.load(properties.password(), properties.reform());
    var historyDone = System.nanoTime();
    if (properties.reform()) {
      reform.apply();
      loaded = loaded.plus(reform.after());
    }
    return new Load(loaded, historyDone, System.nanoTime());
  }
}
