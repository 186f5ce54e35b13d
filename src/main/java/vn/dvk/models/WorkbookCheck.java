package vn.dvk.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import vn.dvk.models.ImportedRegistrations.NewRegistration;
import vn.dvk.models.domain.Values;
import vn.dvk.models.spreadsheet.TemplateColumn;
import vn.dvk.models.spreadsheet.TemplateRows;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.TextFolding;
import vn.dvk.shared.i18n.Languages;
import vn.dvk.shared.spreadsheet.WorkbookReader;

/**
 * The rows of an uploaded workbook, each read and checked as it comes (nothing is saved here): the
 * header must be the template's, in any language of the interface; each row must be a valid model,
 * not repeated in the workbook and not registered already. Every error names its row and column in
 * the uploader's language.
 */
final class WorkbookCheck {

  static final int PROGRESS_EVERY = 200;

  private static final Pattern INDICATOR_HEADER = Pattern.compile("\\[([A-Z0-9_]+)]\\s*$");

  private final MessageSource messages;
  private final Locale locale;
  private final MobilizationModels.Checker checker;
  private final ImportedRegistrations registered;
  private final IntConsumer progress;

  private final Map<Integer, String> header = new HashMap<>();
  private final Map<Integer, String> indicatorColumns = new LinkedHashMap<>();
  private final Map<String, Integer> seen = new HashMap<>();
  private final List<NewRegistration> rows = new ArrayList<>();
  private final List<ImportJob.ImportError> errors = new ArrayList<>();
  private boolean badTemplate;
  private boolean continuedColumn;
  private int checked;

  /**
   * @param progress hears how many rows have been checked, every {@value #PROGRESS_EVERY} rows
   */
  WorkbookCheck(
      MessageSource messages,
      Locale locale,
      MobilizationModels.Checker checker,
      ImportedRegistrations registered,
      IntConsumer progress) {
    this.messages = messages;
    this.locale = locale;
    this.checker = checker;
    this.registered = registered;
    this.progress = progress;
  }

  /** Reads and checks every row of the workbook. */
  WorkbookCheck read(Path file) {
    WorkbookReader.read(file, this::accept);
    return this;
  }

  /** The rows without any error. */
  List<NewRegistration> rows() {
    return rows;
  }

  /** Every error found, in the order of the rows. */
  List<ImportJob.ImportError> errors() {
    return errors;
  }

  private void accept(WorkbookReader.Row row) {
    if (row.number() == 1) {
      row.cells().forEach((column, cell) -> header.put(column, cell.text()));
      checkHeader();
      return;
    }
    if (row.isEmpty() || badTemplate) {
      return;
    }
    check(row);
    if (++checked % PROGRESS_EVERY == 0) {
      progress.accept(checked);
    }
  }

  private void check(WorkbookReader.Row row) {
    var problems = new ArrayList<Violation>();
    var year = Values.integer("year", TemplateRows.text(row, TemplateColumn.YEAR), problems);
    if (year == null && problems.stream().noneMatch(p -> p.field().equals("year"))) {
      problems.add(new Violation("year", "validation.required"));
    }
    var continued = continuedColumn ? TemplateRows.text(row, TemplateColumn.CONTINUED_FROM) : null;
    var registration =
        continued == null
            ? checkNew(row, year, problems)
            : checkContinued(row.number(), continued, year, problems);
    for (var problem : problems) {
      errors.add(toError(row.number(), problem));
    }
    if (problems.isEmpty()) {
      rows.add(registration);
    }
  }

  /** A row that registers a new model: its content must be a valid model's. */
  private NewRegistration checkNew(WorkbookReader.Row row, Integer year, List<Violation> problems) {
    var details = TemplateRows.details(row, indicatorColumns, problems);
    problems.addAll(checker.violations(details));
    if (year != null && details.title() != null && details.unitCode() != null) {
      taken(row.number(), year, details).ifPresent(problems::add);
    }
    return year == null ? null : new NewRegistration(row.number(), details, year, null);
  }

  /** A row that continues an earlier model into its year; the model's content is not read. */
  private NewRegistration checkContinued(
      int rowNumber, String reference, Integer year, List<Violation> problems) {
    if (year == null) {
      return null;
    }
    var model = registered.continuable(reference, year, problems);
    model
        .flatMap(m -> taken(rowNumber, year, m.details()))
        .map(taken -> new Violation("continuedFrom", taken.messageKey(), taken.arguments()))
        .ifPresent(problems::add);
    return model.map(m -> new NewRegistration(rowNumber, m.details(), year, m.id())).orElse(null);
  }

  /** A row's title is taken when an earlier row or a registration already claims it. */
  private Optional<Violation> taken(int rowNumber, int year, ModelDetails details) {
    var key =
        year
            + "|"
            + details.unitCode().trim().toUpperCase(Locale.ROOT)
            + "|"
            + TextFolding.fold(details.title());
    var first = seen.putIfAbsent(key, rowNumber);
    if (first != null) {
      return Optional.of(
          new Violation("title", "import.error.duplicate-row", String.valueOf(first)));
    }
    if (registered.isRegistered(details.title(), details.unitCode(), year)) {
      return Optional.of(
          new Violation("title", "import.error.already-registered", String.valueOf(year)));
    }
    return Optional.empty();
  }

  /**
   * The header must hold the template's columns, in any language of the interface; the column of
   * continued models may be missing (a file made from an earlier template).
   */
  private void checkHeader() {
    var columns = TemplateColumn.always();
    for (int i = 0; i < columns.size(); i++) {
      var expected = columns.get(i).labelKey();
      if (!isLabel(columns.get(i), i)) {
        badTemplate = true;
        errors.add(
            new ImportJob.ImportError(
                1,
                TemplateColumn.letter(i),
                null,
                messages.getMessage(
                    "import.error.not-template",
                    new Object[] {messages.getMessage(expected, null, locale)},
                    locale)));
        return;
      }
    }
    continuedColumn =
        isLabel(TemplateColumn.CONTINUED_FROM, TemplateColumn.CONTINUED_FROM.ordinal());
    var fixed = continuedColumn ? TemplateColumn.all().size() : columns.size();
    header.forEach(
        (column, text) -> {
          var code = INDICATOR_HEADER.matcher(text == null ? "" : text);
          if (column >= fixed && code.find()) {
            indicatorColumns.put(column, code.group(1));
          }
        });
  }

  /** Whether the header's cell at the index is the column's label in a language of ours. */
  private boolean isLabel(TemplateColumn column, int index) {
    var actual = header.get(index) == null ? "" : header.get(index).replace("*", "").trim();
    return Languages.SUPPORTED_LOCALES.stream()
        .anyMatch(l -> messages.getMessage(column.labelKey(), null, l).equals(actual));
  }

  /** The error of a row, in the column of its field (a template column or an indicator's). */
  private ImportJob.ImportError toError(int row, Violation problem) {
    Integer column = null;
    for (var templateColumn : TemplateColumn.values()) {
      if (templateColumn.property().equals(problem.field())) {
        column = templateColumn.ordinal();
      }
    }
    if (problem.field().startsWith("targets.")) {
      var code = problem.field().substring("targets.".length());
      for (var entry : indicatorColumns.entrySet()) {
        if (entry.getValue().equals(code)) {
          column = entry.getKey();
        }
      }
    }
    return new ImportJob.ImportError(
        row,
        column == null ? null : TemplateColumn.letter(column),
        column == null ? null : header.get(column),
        messages.getMessage(problem.messageKey(), problem.arguments(), locale));
  }
}
