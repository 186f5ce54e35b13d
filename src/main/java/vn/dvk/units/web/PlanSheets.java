package vn.dvk.units.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.jobs.SetupSheet;
import vn.dvk.shared.jobs.SetupTemplate;
import vn.dvk.units.Level;
import vn.dvk.units.RestructureChange;
import vn.dvk.units.Restructures;
import vn.dvk.units.UnitKind;
import vn.dvk.units.domain.PlanRows;

/**
 * A restructure plan as a spreadsheet (XLSX or CSV), for the page and the API alike: its template,
 * and an uploaded sheet read into changes numbered by their rows. A cell that cannot be read
 * refuses the whole file, each such cell named by row and column.
 */
@Component
class PlanSheets {

  private final MessageSource messages;

  PlanSheets(MessageSource messages) {
    this.messages = messages;
  }

  void template(OutputStream out, Locale locale) throws IOException {
    SetupTemplate.write(
        out,
        messages.getMessage("units.plan.sheet", null, locale),
        PlanRows.COLUMNS,
        Map.of(
            PlanRows.ACTION, names(RestructureChange.Action.values()),
            PlanRows.KIND, names(UnitKind.values()),
            PlanRows.LEVEL, names(Level.values())),
        messages,
        locale);
  }

  List<RestructureChange> read(MultipartFile file, Locale locale) {
    if (file == null || file.isEmpty()) {
      throw new InvalidInputException(List.of(new Violation("file", "validation.required")));
    }
    var sheet = new SetupSheet(PlanRows.COLUMNS, messages, locale);
    var changes = new ArrayList<RestructureChange>();
    try {
      var copy = Files.createTempFile("dvk-plan-", ".upload");
      try {
        file.transferTo(copy);
        sheet.read(
            copy,
            read -> {},
            row -> {
              if (changes.size() <= Restructures.MAX_CHANGES) {
                PlanRows.read(row, sheet).ifPresent(changes::add);
              }
            });
      } finally {
        Files.deleteIfExists(copy);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!sheet.errors().isEmpty()) {
      throw new InvalidInputException(
          sheet.errors().stream()
              .map(
                  e ->
                      new Violation(
                          "row " + e.row() + (e.column() == null ? "" : " " + e.column()),
                          "units.plan.error.cell",
                          e.label() == null ? "" : e.label(),
                          e.message()))
              .toList());
    }
    return changes;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
