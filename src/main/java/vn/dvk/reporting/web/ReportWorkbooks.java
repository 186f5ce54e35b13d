package vn.dvk.reporting.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.Comparison;
import vn.dvk.reporting.Coverage;
import vn.dvk.reporting.Dashboard;
import vn.dvk.reporting.YearlySummary;

/**
 * The reports' tables as XLSX workbooks in the reader's language: the yearly summary's figures and
 * tables, the coverage of the year's plan, and the dashboard's years.
 */
@Component
class ReportWorkbooks {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MessageSource messages;

  ReportWorkbooks(MessageSource messages) {
    this.messages = messages;
  }

  /** The summary: its figures, then by unit, the outstanding models and the replicated ones. */
  byte[] summary(YearlySummary s, Locale locale) {
    var structure = s.unitsUnderProvince().structure();
    return Sheets.workbook(
        (workbook, header) -> {
          figures(workbook.createSheet(label("reports.xlsx.figures", locale)), header, s, locale);
          Sheets.table(
              workbook.createSheet(label(structure.key("reports.summary.by-unit"), locale)),
              header,
              labels(
                  locale,
                  "models.unit",
                  "reports.summary.col.registered",
                  structure.key("reports.summary.col.recognized"),
                  "reports.summary.col.proposed"),
              s.byUnit().stream()
                  .map(
                      l ->
                          List.<Object>of(
                              l.unit().name(), l.registered(), l.recognized(), l.proposed()))
                  .toList(),
              30);
          Sheets.table(
              workbook.createSheet(label("reports.summary.outstanding", locale)),
              header,
              labels(locale, "models.model", "models.unit"),
              s.outstandingModels().stream()
                  .map(model -> List.<Object>of(model.title(), model.unit().name()))
                  .toList(),
              80,
              30);
          Sheets.table(
              workbook.createSheet(label("reports.summary.replications", locale)),
              header,
              labels(locale, "models.model", "models.unit", "replication.copies"),
              s.replications().byModel().stream()
                  .map(m -> List.<Object>of(m.title(), m.unit().name(), m.copies()))
                  .toList(),
              80,
              30);
        });
  }

  /** The coverage table: each unit against each deadline, with the targets below. */
  byte[] coverage(Coverage c, Locale locale) {
    var rows = new ArrayList<List<Object>>();
    for (var line : c.lines()) {
      rows.add(
          List.of(
              line.unit().name(),
              status(line.registration(), locale),
              status(line.districtRecognition(), locale),
              status(line.proposals(), locale)));
    }
    rows.add(List.of());
    for (var t : c.targets()) {
      var figures = new Object[] {t.achieved(), t.of(), t.percent(), t.targetPercent()};
      var key = c.structure().key("coverage.target." + t.key());
      rows.add(List.of(messages.getMessage(key, figures, locale)));
    }
    return Sheets.single(
        label("coverage.link", locale),
        labels(locale, "models.unit", "plans.registration", "plans.district", "plans.province"),
        rows);
  }

  /** The dashboard's table: each year's figures. */
  byte[] years(Dashboard d, Locale locale) {
    var rows = new ArrayList<List<Object>>();
    for (var y : d.years()) {
      rows.add(
          List.of(
              y.year(),
              y.registered(),
              y.fresh(),
              y.continued(),
              y.collective(),
              y.individual(),
              y.districtRecognized(),
              y.proposed(),
              y.provinceRecognized()));
    }
    return Sheets.single(
        label("dashboard.by-year", locale),
        labels(
            locale,
            "models.year",
            "dashboard.registered",
            "dashboard.new",
            "dashboard.continued",
            "dashboard.collective",
            "dashboard.individual",
            "dashboard.district-recognized",
            "dashboard.proposed",
            "dashboard.province-recognized"),
        rows);
  }

  /**
   * The comparison: a figure a line, then a column for each unit of the base year, their sum, the
   * year's own figures and the change.
   */
  byte[] comparison(Comparison c, Locale locale) {
    var columns = new ArrayList<String>(List.of(label("reports.comparison.figure", locale)));
    c.parts().forEach(part -> columns.add(part.unit().name() + " " + c.baseYear()));
    columns.add(message("reports.comparison.sum", locale, String.valueOf(c.baseYear())));
    columns.add(c.unit().name() + " " + c.year());
    columns.add(label("reports.comparison.change", locale));
    var rows = new ArrayList<List<Object>>();
    var year = c.figures().lines();
    var base = c.base().lines();
    for (int i = 0; i < year.size(); i++) {
      var row = new ArrayList<Object>();
      row.add(label("reports.comparison.line." + year.get(i).name(), locale));
      for (var part : c.parts()) {
        row.add(part.figures().lines().get(i).value());
      }
      row.add(base.get(i).value());
      row.add(year.get(i).value());
      row.add(year.get(i).value() - base.get(i).value());
      rows.add(row);
    }
    return Sheets.single(label("reports.comparison.sheet", locale), columns, rows);
  }

  /** The summary's figures, a label and a value a line. */
  private void figures(Sheet sheet, CellStyle header, YearlySummary s, Locale locale) {
    var structure = s.unitsUnderProvince().structure();
    var rows =
        List.of(
            List.<Object>of("reports.xlsx.year", s.year()),
            List.<Object>of("models.unit", s.unit().name()),
            List.<Object>of("reports.xlsx.registered", s.registered().total()),
            List.<Object>of("reports.xlsx.registered-new", s.registered().fresh()),
            List.<Object>of("reports.xlsx.registered-continued", s.registered().continued()),
            List.<Object>of(
                structure.key("reports.xlsx.district-units"), s.districtLevel().units()),
            List.<Object>of("reports.xlsx.considered", s.districtLevel().unitsThatConsidered()),
            List.<Object>of(
                structure.key("reports.xlsx.district-recognized"),
                s.districtLevel().recognized().total()),
            List.<Object>of(
                "reports.xlsx.proposing-units", s.proposalsToProvince().unitsThatProposed()),
            List.<Object>of("reports.xlsx.proposed", s.proposalsToProvince().proposed().total()),
            List.<Object>of(
                "reports.xlsx.province-recognized", s.provinceLevel().recognized().total()));
    for (int i = 0; i < rows.size(); i++) {
      var row = sheet.createRow(i);
      Sheets.cells(row, List.of(label((String) rows.get(i).get(0), locale), rows.get(i).get(1)));
      row.getCell(0).setCellStyle(header);
    }
    sheet.setColumnWidth(0, 45 * 256);
    sheet.setColumnWidth(1, 20 * 256);
  }

  private String status(Coverage.Step step, Locale locale) {
    var text = label("coverage.status." + step.status(), locale);
    return step.done() == null ? text : text + " (" + step.done().format(DAY) + ")";
  }

  private List<String> labels(Locale locale, String... keys) {
    return java.util.Arrays.stream(keys).map(key -> label(key, locale)).toList();
  }

  private String label(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private String message(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }
}
