package vn.dvk.shared.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import vn.dvk.shared.TextFolding;
import vn.dvk.shared.i18n.Languages;
import vn.dvk.shared.spreadsheet.Spreadsheets;
import vn.dvk.shared.spreadsheet.WorkbookReader;

/**
 * The sheet of a set-up import as it is read: its header must be the template's (in any language of
 * the interface, required columns marked or not), its cells are read as trimmed text, and every
 * error names its row and column in the uploader's language.
 */
public final class SetupSheet {

  static final int PROGRESS_EVERY = 100;

  /** A column of a set-up template: its label, the hint shown on it, whether it must be filled. */
  public record Column(String labelKey, String hintKey, boolean required) {}

  private final List<Column> columns;
  private final MessageSource messages;
  private final Locale locale;
  private final List<SetupJob.RowError> errors = new ArrayList<>();
  private List<String> header = List.of();
  private boolean badHeader;

  public SetupSheet(List<Column> columns, MessageSource messages, Locale locale) {
    this.columns = columns;
    this.messages = messages;
    this.locale = locale;
  }

  /**
   * Reads the file: checks the header, then hands every row that is not empty to {@code rows}, and
   * tells {@code progress} how many were read every {@value #PROGRESS_EVERY} rows.
   */
  public void read(Path file, IntConsumer progress, Consumer<WorkbookReader.Row> rows) {
    var read = new int[] {0};
    Spreadsheets.read(
        file,
        row -> {
          if (row.number() == 1) {
            checkHeader(row);
          } else if (!badHeader && !row.isEmpty()) {
            rows.accept(row);
            if (++read[0] % PROGRESS_EVERY == 0) {
              progress.accept(read[0]);
            }
          }
        });
    if (header.isEmpty() && !badHeader) {
      checkHeader(new WorkbookReader.Row(1, java.util.Map.of()));
    }
  }

  /** The cell's text, trimmed; null when blank. */
  public String text(WorkbookReader.Row row, int column) {
    var cell = row.cell(column);
    return cell == null || cell.text().isBlank() ? null : cell.text().trim();
  }

  /** Adds an error of a cell, its message in the uploader's language. */
  public void error(int row, int column, String messageKey, Object... arguments) {
    errors.add(
        new SetupJob.RowError(
            row,
            Spreadsheets.letter(column),
            label(column),
            messages.getMessage(messageKey, arguments, locale)));
  }

  /** Adds the error of a cell that names none of the values, listing the codes it may name. */
  public <E extends Enum<E>> void notAChoice(int row, int column, String text, E[] values) {
    var codes = Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    error(row, column, "import.error.choice", text, codes);
  }

  /** Every error found so far, in the order of the rows. */
  public List<SetupJob.RowError> errors() {
    return errors;
  }

  /**
   * The constant whose name or label (in any language of the interface, case and diacritics aside)
   * the text is; null when none is.
   */
  public <E extends Enum<E>> E choice(String text, E[] values, String labelPrefix) {
    var folded = TextFolding.fold(text).trim();
    for (var value : values) {
      if (folded.equals(TextFolding.fold(value.name()))) {
        return value;
      }
      for (var language : Languages.SUPPORTED_LOCALES) {
        var label = messages.getMessage(labelPrefix + value.name(), null, "", language);
        if (!label.isBlank() && folded.equals(TextFolding.fold(label).trim())) {
          return value;
        }
      }
    }
    return null;
  }

  private void checkHeader(WorkbookReader.Row row) {
    header = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      var expected = columns.get(i).labelKey();
      var actual = text(row, i) == null ? "" : text(row, i).replace("*", "").trim();
      header.add(actual);
      var matches =
          Languages.SUPPORTED_LOCALES.stream()
              .anyMatch(l -> messages.getMessage(expected, null, l).equalsIgnoreCase(actual));
      if (!matches && !badHeader) {
        badHeader = true;
        error(1, i, "import.error.not-template", messages.getMessage(expected, null, locale));
      }
    }
  }

  private String label(int column) {
    return column < columns.size()
        ? messages.getMessage(columns.get(column).labelKey(), null, locale)
        : null;
  }
}
