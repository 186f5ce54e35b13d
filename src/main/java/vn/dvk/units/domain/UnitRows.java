package vn.dvk.units.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import vn.dvk.shared.jobs.SetupSheet;
import vn.dvk.shared.spreadsheet.WorkbookReader;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;

/**
 * A row of the units' set-up sheet read as a unit to create: kinds and levels by code or by their
 * label in any language of the interface, dates as ISO (2025-01-01, what a date cell gives) or as
 * Vietnamese write them (1/1/2025). A cell that cannot be read is an error of its column.
 */
public final class UnitRows {

  public static final int CODE = 0;
  public static final int NAME = 1;
  public static final int KIND = 2;
  public static final int LEVEL = 3;
  public static final int PARENT = 4;
  public static final int VALID_FROM = 5;

  public static final List<SetupSheet.Column> COLUMNS =
      List.of(
          new SetupSheet.Column("unit.code", "units.import.hint.code", true),
          new SetupSheet.Column("unit.name", "units.import.hint.name", true),
          new SetupSheet.Column("unit.kind", "units.import.hint.kind", true),
          new SetupSheet.Column("unit.level", "units.import.hint.level", false),
          new SetupSheet.Column("unit.parent", "units.import.hint.parent", true),
          new SetupSheet.Column("unit.valid-from", "units.import.hint.valid-from", true));

  private static final DateTimeFormatter DAY_FIRST =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private UnitRows() {}

  /** A row of the file and the unit it asks for. */
  public record UnitRow(int row, NewUnit unit) {}

  /** The unit of the row, or nothing when one of its cells cannot be read (errors added). */
  public static Optional<UnitRow> read(WorkbookReader.Row row, SetupSheet sheet) {
    var before = sheet.errors().size();
    var number = row.number();
    var code = required(row, sheet, CODE);
    var name = required(row, sheet, NAME);
    var kindText = required(row, sheet, KIND);
    var kind = kindText == null ? null : sheet.choice(kindText, UnitKind.values(), "unit.kind.");
    if (kindText != null && kind == null) {
      sheet.notAChoice(number, KIND, kindText, UnitKind.values());
    }
    var levelText = sheet.text(row, LEVEL);
    var level = levelText == null ? null : sheet.choice(levelText, Level.values(), "unit.level.");
    if (levelText != null && level == null) {
      sheet.notAChoice(number, LEVEL, levelText, Level.values());
    }
    var parent = required(row, sheet, PARENT);
    var dateText = required(row, sheet, VALID_FROM);
    var validFrom = dateText == null ? null : date(dateText);
    if (dateText != null && validFrom == null) {
      sheet.error(number, VALID_FROM, "validation.date");
    }
    if (sheet.errors().size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new UnitRow(number, new NewUnit(code, name, null, kind, level, parent, validFrom)));
  }

  /** A day as ISO or as d/M/yyyy; null when it is neither. */
  static LocalDate date(String text) {
    try {
      return text.contains("/") ? LocalDate.parse(text, DAY_FIRST) : LocalDate.parse(text);
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }

  private static String required(WorkbookReader.Row row, SetupSheet sheet, int column) {
    var text = sheet.text(row, column);
    if (text == null) {
      sheet.error(row.number(), column, "validation.required");
    }
    return text;
  }
}
