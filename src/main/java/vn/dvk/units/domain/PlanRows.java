package vn.dvk.units.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.shared.jobs.SetupSheet;
import vn.dvk.shared.spreadsheet.WorkbookReader;
import vn.dvk.units.Level;
import vn.dvk.units.RestructureChange;
import vn.dvk.units.UnitKind;

/**
 * A row of a restructure plan's sheet read as one change: the action by code or by its label in any
 * language of the interface, kinds and levels likewise. Which cells a change needs is the plan's
 * business ({@link Restructuring}); here only what cannot be read is an error of its column.
 */
public final class PlanRows {

  public static final int ACTION = 0;
  public static final int CODE = 1;
  public static final int NAME = 2;
  public static final int SHORT_NAME = 3;
  public static final int KIND = 4;
  public static final int LEVEL = 5;
  public static final int PARENT = 6;
  public static final int SUCCESSOR = 7;
  public static final int USERNAME = 8;

  public static final List<SetupSheet.Column> COLUMNS =
      List.of(
          new SetupSheet.Column("units.plan.column.action", "units.plan.hint.action", true),
          new SetupSheet.Column("unit.code", "units.plan.hint.code", false),
          new SetupSheet.Column("unit.name", "units.plan.hint.name", false),
          new SetupSheet.Column(
              "units.plan.column.short-name", "units.plan.hint.short-name", false),
          new SetupSheet.Column("unit.kind", "units.plan.hint.kind", false),
          new SetupSheet.Column("unit.level", "units.plan.hint.level", false),
          new SetupSheet.Column("unit.parent", "units.plan.hint.parent", false),
          new SetupSheet.Column("units.plan.column.successor", "units.plan.hint.successor", false),
          new SetupSheet.Column("units.plan.column.username", "units.plan.hint.username", false));

  private PlanRows() {}

  /** The change of the row, or nothing when one of its cells cannot be read (errors added). */
  public static Optional<RestructureChange> read(WorkbookReader.Row row, SetupSheet sheet) {
    var before = sheet.errors().size();
    var action =
        choice(row, sheet, ACTION, RestructureChange.Action.values(), "units.plan.action.");
    if (action == null && sheet.errors().size() == before) {
      sheet.error(row.number(), ACTION, "validation.required");
    }
    var kind = choice(row, sheet, KIND, UnitKind.values(), "unit.kind.");
    var level = choice(row, sheet, LEVEL, Level.values(), "unit.level.");
    if (sheet.errors().size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new RestructureChange(
            row.number(),
            action,
            sheet.text(row, CODE),
            sheet.text(row, NAME),
            sheet.text(row, SHORT_NAME),
            kind,
            level,
            sheet.text(row, PARENT),
            sheet.text(row, SUCCESSOR),
            sheet.text(row, USERNAME)));
  }

  private static <E extends Enum<E>> E choice(
      WorkbookReader.Row row, SetupSheet sheet, int column, E[] values, String labelPrefix) {
    var text = sheet.text(row, column);
    if (text == null) {
      return null;
    }
    var value = sheet.choice(text, values, labelPrefix);
    if (value == null) {
      sheet.error(row.number(), column, "validation.invalid-choice");
    }
    return value;
  }
}
