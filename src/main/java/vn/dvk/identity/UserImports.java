package vn.dvk.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.domain.InitialPasswords;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.jobs.SetupImports;
import vn.dvk.shared.jobs.SetupJob;
import vn.dvk.shared.jobs.SetupSheet;
import vn.dvk.shared.jobs.SetupTemplate;
import vn.dvk.shared.spreadsheet.WorkbookReader;
import vn.dvk.units.Units;

/**
 * Sets up many users from one file (XLSX or CSV) as a job. Each row is checked (required cells,
 * role, a home unit of the administrator's scope that exists today, a user name free and not
 * repeated), then every account is created through {@link UserAccounts#create} with a generated
 * initial password, in one transaction: a row that service refuses is an error of its cell, and
 * then nothing is kept. The initial passwords are shown once, to the administrator who ran the
 * import: the first reading of the finished job takes them ({@link SetupImports#job}).
 */
@Service
@PreAuthorize("hasAuthority('USERS_MANAGE')")
public class UserImports implements SetupImports.Importer<UserImports.UserRow> {

  public static final String KIND = "USERS";

  static final int USERNAME = 0;
  static final int NAME = 1;
  static final int ROLE = 2;
  static final int UNIT = 3;
  static final int EMAIL = 4;

  /** The form of a user name that {@link UserAccounts#create} accepts, checked here up front. */
  private static final Pattern USERNAME_FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

  static final List<SetupSheet.Column> COLUMNS =
      List.of(
          new SetupSheet.Column("users.username", "users.import.hint.username", true),
          new SetupSheet.Column("users.display-name", "users.import.hint.name", true),
          new SetupSheet.Column("users.role", "users.import.hint.role", true),
          new SetupSheet.Column("users.unit", "users.import.hint.unit", true),
          new SetupSheet.Column("users.email", "users.import.hint.email", false));

  /** A row of the file and the account it asks for. */
  public record UserRow(
      int row, String username, String name, Role role, String unit, String email) {}

  private final UserAccounts accounts;
  private final Scope scope;
  private final Units units;
  private final SetupImports imports;
  private final AuditLog audit;
  private final MessageSource messages;

  UserImports(
      UserAccounts accounts,
      Scope scope,
      Units units,
      SetupImports imports,
      AuditLog audit,
      MessageSource messages) {
    this.accounts = accounts;
    this.scope = scope;
    this.units = units;
    this.imports = imports;
    this.audit = audit;
    this.messages = messages;
  }

  /** Starts the import of an uploaded file; returns its job's id. */
  public long start(String fileName, InputStream content, Locale locale) {
    return imports.start(KIND, scope.requireUser().username(), fileName, content, locale, this);
  }

  /** The current user's import job; its initial passwords only in the first reading once done. */
  public SetupJob job(long id) {
    return imports.job(id, KIND, scope.requireUser().username());
  }

  /** The template: the columns' labels in the reader's language, a hint on each. */
  public void template(OutputStream out, Locale locale) throws IOException {
    SetupTemplate.write(
        out,
        messages.getMessage("users.import.sheet", null, locale),
        COLUMNS,
        Map.of(ROLE, Arrays.stream(Role.values()).map(Role::name).toList()),
        messages,
        locale);
  }

  @Override
  public SetupImports.Checked<UserRow> check(Path file, Locale locale, IntConsumer checked) {
    var sheet = new SetupSheet(COLUMNS, messages, locale);
    var rows = new ArrayList<UserRow>();
    var seen = new HashMap<String, Integer>();
    var today = units.today();
    sheet.read(file, checked, line -> checkRow(sheet, line, seen, today).ifPresent(rows::add));
    return new SetupImports.Checked<>(rows, sheet.errors());
  }

  /** The account a row asks for, or nothing when a cell of it is wrong (errors added). */
  private Optional<UserRow> checkRow(
      SetupSheet sheet, WorkbookReader.Row line, Map<String, Integer> seen, LocalDate today) {
    var before = sheet.errors().size();
    var number = line.number();
    var username = required(sheet, line, USERNAME);
    var name = required(sheet, line, NAME);
    var roleText = required(sheet, line, ROLE);
    var role = roleText == null ? null : sheet.choice(roleText, Role.values(), "role.");
    if (roleText != null && role == null) {
      sheet.notAChoice(number, ROLE, roleText, Role.values());
    }
    var unit = required(sheet, line, UNIT);
    if (unit != null && (!scope.canRead(unit) || units.find(unit, today).isEmpty())) {
      sheet.error(number, UNIT, "users.error.unit-unknown", unit);
    }
    var email = sheet.text(line, EMAIL);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      sheet.error(number, EMAIL, "validation.email");
    }
    if (username != null) {
      username = username.toLowerCase(Locale.ROOT);
      var first = seen.putIfAbsent(username, number);
      if (!USERNAME_FORMAT.matcher(username).matches()) {
        sheet.error(number, USERNAME, "users.error.username-format");
      } else if (first != null) {
        sheet.error(number, USERNAME, "users.import.error.duplicate-row", first);
      } else if (accounts.findByUsername(username).isPresent()) {
        sheet.error(number, USERNAME, "users.error.duplicate-username", username);
      }
    }
    return sheet.errors().size() > before
        ? Optional.empty()
        : Optional.of(
            new UserRow(number, username, name, role, unit.toUpperCase(Locale.ROOT), email));
  }

  @Override
  public SetupImports.Written write(List<UserRow> rows, Locale locale, IntConsumer written) {
    var sheet = new SetupSheet(COLUMNS, messages, locale);
    var passwords = new LinkedHashMap<String, String>();
    var me = scope.requireUser();
    for (var row : rows) {
      var password = InitialPasswords.next();
      try {
        var account =
            accounts.create(
                new NewUserAccount(
                    row.username(), row.name(), row.email(), row.role(), row.unit(), password));
        audit.record(
            me.did(
                "USER_IMPORTED",
                "USER",
                account.username(),
                account.unitCode(),
                account.username() + " (" + account.role() + ")",
                null,
                Map.of("role", account.role().name(), "unitCode", account.unitCode())));
        passwords.put(account.username(), password);
      } catch (LocalizedException refused) {
        sheet.error(
            row.row(), column(refused.messageKey()), refused.messageKey(), refused.arguments());
      }
      written.accept(passwords.size());
    }
    return new SetupImports.Written(List.copyOf(passwords.keySet()), passwords, sheet.errors());
  }

  private static int column(String messageKey) {
    return switch (messageKey) {
      case "users.error.unit-unknown" -> UNIT;
      case "users.error.role-required" -> ROLE;
      default -> USERNAME;
    };
  }

  private static String required(SetupSheet sheet, WorkbookReader.Row row, int column) {
    var text = sheet.text(row, column);
    if (text == null) {
      sheet.error(row.number(), column, "validation.required");
    }
    return text;
  }
}
