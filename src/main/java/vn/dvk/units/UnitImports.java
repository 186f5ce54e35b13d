package vn.dvk.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.dvk.shared.jobs.SetupImports;
import vn.dvk.shared.jobs.SetupJob;
import vn.dvk.shared.jobs.SetupSheet;
import vn.dvk.shared.jobs.SetupTemplate;
import vn.dvk.units.domain.ParentsFirst;
import vn.dvk.units.domain.UnitRows;
import vn.dvk.units.domain.UnitRows.UnitRow;

/**
 * Sets up many units from one file (XLSX or CSV) as a job: every row is checked with the rules of a
 * single new unit ({@link Units#check}), parents named by rows of the same file in any order; a
 * parent outside the file must be in the administrator's scope. Nothing is written unless every row
 * is right; then all units are created in one transaction, their history naming the administrator.
 */
@Service
@PreAuthorize("hasAuthority('UNITS_MANAGE')")
public class UnitImports implements SetupImports.Importer<UnitRow> {

  public static final String KIND = "UNITS";

  private final Units units;
  private final UnitVisibility visibility;
  private final SetupImports imports;
  private final MessageSource messages;

  UnitImports(
      Units units, UnitVisibility visibility, SetupImports imports, MessageSource messages) {
    this.units = units;
    this.visibility = visibility;
    this.imports = imports;
    this.messages = messages;
  }

  /** Starts the import of an uploaded file; returns its job's id. */
  public long start(String fileName, InputStream content, Locale locale) {
    return imports.start(KIND, username(), fileName, content, locale, this);
  }

  /** The current user's import job (its created unit codes once done). */
  public SetupJob job(long id) {
    return imports.job(id, KIND, username());
  }

  /** The template: the columns' labels in the reader's language, a hint on each. */
  public void template(OutputStream out, Locale locale) throws IOException {
    SetupTemplate.write(
        out,
        messages.getMessage("units.import.sheet", null, locale),
        UnitRows.COLUMNS,
        Map.of(
            UnitRows.KIND, names(UnitKind.values()),
            UnitRows.LEVEL, names(Level.values())),
        messages,
        locale);
  }

  @Override
  public SetupImports.Checked<UnitRow> check(Path file, Locale locale, IntConsumer checked) {
    var sheet = new SetupSheet(UnitRows.COLUMNS, messages, locale);
    var read = new ArrayList<UnitRow>();
    var inFile = new HashMap<String, Integer>();
    sheet.read(
        file,
        checked,
        row -> {
          var code = sheet.text(row, UnitRows.CODE);
          var first =
              code == null ? null : inFile.putIfAbsent(NewUnit.normalizeCode(code), row.number());
          if (first != null) {
            sheet.error(row.number(), UnitRows.CODE, "units.import.error.duplicate-row", first);
          }
          UnitRows.read(row, sheet).filter(r -> first == null).ifPresent(read::add);
        });
    var order = new ParentsFirst(read);
    for (var looping : order.looping()) {
      sheet.error(looping.row(), UnitRows.PARENT, "units.import.error.loop");
    }
    var ordered = order.ordered();
    var problems = units.check(ordered.stream().map(UnitRow::unit).toList());
    for (int i = 0; i < ordered.size(); i++) {
      var row = ordered.get(i);
      var parent = row.unit().parentCode();
      if (!inFile.containsKey(parent) && !visibility.canSee(parent, row.unit().validFrom())) {
        sheet.error(row.row(), UnitRows.PARENT, "units.error.not-found", parent);
      } else if (problems.get(i) != null) {
        var broken = problems.get(i);
        sheet.error(row.row(), column(broken), broken.messageKey(), broken.arguments());
      }
    }
    sheet.errors().sort((a, b) -> Integer.compare(a.row(), b.row()));
    return new SetupImports.Checked<>(ordered, sheet.errors());
  }

  @Override
  public SetupImports.Written write(List<UnitRow> rows, Locale locale, IntConsumer written) {
    var created = units.createAll(rows.stream().map(UnitRow::unit).toList(), username());
    written.accept(created.size());
    return new SetupImports.Written(
        created.stream().map(UnitView::code).toList(), Map.of(), List.of());
  }

  /** The column a broken rule is about. */
  private static int column(UnitRuleViolation broken) {
    return switch (broken.messageKey()) {
      case "units.error.code-format", "units.error.duplicate-code" -> UnitRows.CODE;
      case "units.error.name-required" -> UnitRows.NAME;
      case "units.error.kind-level" -> UnitRows.LEVEL;
      case "units.error.incomplete" -> UnitRows.KIND;
      default -> UnitRows.PARENT;
    };
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }

  private static String username() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? null : authentication.getName();
  }
}
