package vn.dvk.identity;

import java.time.LocalDate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.domain.UserRepository;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.MovementYear;
import vn.dvk.units.NewUnit;
import vn.dvk.units.Units;

/**
 * The first start of a real installation: with the {@link BootstrapProperties} given and no user
 * yet, creates the root unit (unless a unit of its code exists) and its administrator, once, in one
 * audited transaction; the administrator changes the password at the first sign-in. Runs after the
 * demo data (order {@value #ORDER}), so with both on the demo's users exist and nothing happens. A
 * partial setting, or a password the policy refuses, stops the start with a clear message.
 */
@Component
@Order(FirstAdministrator.ORDER)
@EnableConfigurationProperties(BootstrapProperties.class)
class FirstAdministrator implements ApplicationRunner {

  /** After the demo data loader (100). */
  static final int ORDER = 200;

  static final String ACTOR = "bootstrap";
  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final BootstrapProperties settings;
  private final UserRepository users;
  private final Units units;
  private final UserAccounts accounts;
  private final AdministeredAccounts administered;
  private final TransactionTemplate transaction;
  private final MessageSource messages;

  FirstAdministrator(
      BootstrapProperties settings,
      UserRepository users,
      Units units,
      UserAccounts accounts,
      AdministeredAccounts administered,
      TransactionTemplate transaction,
      MessageSource messages) {
    this.settings = settings;
    this.users = users;
    this.units = units;
    this.accounts = accounts;
    this.administered = administered;
    this.transaction = transaction;
    this.messages = messages;
  }

  @Override
  public void run(ApplicationArguments args) {
    settings.requireWhole();
    if (!settings.given()) {
      return;
    }
    transaction.executeWithoutResult(
        status -> {
          if (users.anyUser()) {
            log.info("Users exist: the DVK_BOOTSTRAP_* settings are not used and may be removed");
            return;
          }
          try {
            create();
          } catch (LocalizedException refused) {
            throw new IllegalStateException(explain(refused), refused);
          }
        });
  }

  private void create() {
    var root = settings.root();
    var code = NewUnit.normalizeCode(root.code());
    if (units.findOnOrLatest(code, units.today()).isEmpty()) {
      // From the movement's first year, so that earlier years can be recorded under the root.
      units.createRootForBootstrap(
          new NewUnit(
              code,
              root.name(),
              null,
              root.kind(),
              null,
              null,
              LocalDate.of(MovementYear.FIRST, 1, 1)),
          ACTOR);
    }
    var admin = settings.admin();
    var created =
        accounts.createFirst(
            new NewUserAccount(
                admin.username(), null, null, Role.ADMINISTRATOR, code, admin.password()));
    administered.record(
        new CurrentUser(ACTOR, ACTOR, Role.ADMINISTRATOR, code),
        "USER_CREATED",
        created,
        null,
        created);
    log.info("First administrator {} created for the root unit {}", created.username(), code);
  }

  private String explain(LocalizedException refused) {
    var key = refused.messageKey();
    var arguments = refused.arguments();
    if (refused instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
      key = invalid.violations().get(0).messageKey();
      arguments = invalid.violations().get(0).arguments();
    }
    return "The first administrator could not be created from the DVK_BOOTSTRAP_* settings: "
        + messages.getMessage(key, arguments, key, Locale.ENGLISH);
  }
}
