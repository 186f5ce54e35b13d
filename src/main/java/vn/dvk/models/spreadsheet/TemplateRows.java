package vn.dvk.models.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.dvk.models.IndicatorTarget;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.domain.Values;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.TextFolding;
import vn.dvk.shared.i18n.Languages;
import vn.dvk.shared.spreadsheet.WorkbookReader;

/**
 * A row of the registration template read as a model's details: numbers and dates as people type
 * them, the owner kind in any language of the interface, movements as a list of codes.
 */
public final class TemplateRows {

  private TemplateRows() {}

  /** What a row of the template says, its unreadable cells added to {@code problems}. */
  public static ModelDetails details(
      WorkbookReader.Row row, Map<Integer, String> indicatorColumns, List<Violation> problems) {
    var owner = owner(text(row, TemplateColumn.OWNER_KIND), problems);
    var targets = targets(row, indicatorColumns, problems);
    var movements = movements(text(row, TemplateColumn.MOVEMENT_CODES));
    var field = text(row, TemplateColumn.FIELD_CODE);
    return new ModelDetails(
        text(row, TemplateColumn.TITLE),
        owner,
        text(row, TemplateColumn.UNIT_CODE),
        text(row, TemplateColumn.PERSON_NAME),
        text(row, TemplateColumn.PERSON_POSITION),
        field == null ? null : field.trim().toUpperCase(Locale.ROOT),
        movements,
        text(row, TemplateColumn.SITUATION),
        text(row, TemplateColumn.OBJECTIVES),
        text(row, TemplateColumn.EVALUATION_CRITERIA),
        text(row, TemplateColumn.CONTENT_METHOD),
        text(row, TemplateColumn.AREA),
        text(row, TemplateColumn.BENEFICIARIES),
        Set.of(),
        text(row, TemplateColumn.FORCES),
        text(row, TemplateColumn.RESOURCES),
        Values.whole("fundsVnd", text(row, TemplateColumn.FUNDS), problems),
        Values.whole("contributionVnd", text(row, TemplateColumn.CONTRIBUTION), problems),
        Values.integer("workingDays", text(row, TemplateColumn.WORKING_DAYS), problems),
        Values.date("startDate", text(row, TemplateColumn.START_DATE), problems),
        Values.date("evaluationDate", text(row, TemplateColumn.EVALUATION_DATE), problems),
        text(row, TemplateColumn.MILESTONES),
        text(row, TemplateColumn.SUSTAINABILITY),
        targets);
  }

  /** The indicator targets of a row: numbers as typed, or canonical from number cells. */
  private static List<IndicatorTarget> targets(
      WorkbookReader.Row row, Map<Integer, String> indicatorColumns, List<Violation> problems) {
    var targets = new ArrayList<IndicatorTarget>();
    indicatorColumns.forEach(
        (column, code) -> {
          var cell = row.cell(column);
          if (cell != null && !cell.text().isBlank()) {
            targets.add(
                new IndicatorTarget(
                    code,
                    null,
                    Values.decimal(
                        "targets." + code,
                        cell.text(),
                        cell.numeric() ? Locale.ENGLISH : Languages.DEFAULT,
                        problems)));
          }
        });
    return targets;
  }

  /** Movement codes separated by commas, semicolons or spaces, in capitals, once each, sorted. */
  private static List<String> movements(String text) {
    var movements = new TreeSet<String>();
    if (text != null) {
      for (var code : text.split("[,;\\s]+")) {
        if (!code.isBlank()) {
          movements.add(code.trim().toUpperCase(Locale.ROOT));
        }
      }
    }
    return List.copyOf(movements);
  }

  /** “Tập thể”, “Collective”, … in any language of the interface, or the code itself. */
  private static OwnerKind owner(String text, List<Violation> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    var folded = TextFolding.fold(text);
    for (var kind : OwnerKind.values()) {
      if (folded.equals(TextFolding.fold(kind.name())) || OWNER_LABELS.get(kind).contains(folded)) {
        return kind;
      }
    }
    problems.add(new Violation("ownerKind", "validation.invalid-choice"));
    return null;
  }

  private static final Map<OwnerKind, Set<String>> OWNER_LABELS =
      Map.of(
          OwnerKind.COLLECTIVE, Set.of("tap the", "collective", TextFolding.fold("קבוצה")),
          OwnerKind.INDIVIDUAL, Set.of("ca nhan", "individual", TextFolding.fold("יחיד")));

  /** The cell of the column as typed, trimmed; null when blank. */
  public static String text(WorkbookReader.Row row, TemplateColumn column) {
    var cell = row.cell(column.ordinal());
    return cell == null || cell.text().isBlank() ? null : cell.text().trim();
  }
}
