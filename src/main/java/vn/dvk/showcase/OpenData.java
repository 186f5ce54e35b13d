package vn.dvk.showcase;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.reporting.PublicFigures;

/**
 * The showcase as open data: the public models and the yearly figures, as CSV and JSON with the
 * same, documented field names, which stay stable (new fields are added at the end, none renamed).
 * Licence: Creative Commons Attribution 4.0.
 */
@Service
public class OpenData {

  public static final String LICENCE = "CC-BY-4.0";
  public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
  public static final String PUBLISHER = "Ban Dân vận Tỉnh ủy";

  /** The fields of a public model, in the order of the CSV's columns. */
  public static final List<String> MODEL_FIELDS =
      List.of(
          "id",
          "url",
          "title",
          "summary",
          "unitCode",
          "unitName",
          "districtLevelUnitCode",
          "districtLevelUnitName",
          "fieldCode",
          "fieldName",
          "movementCodes",
          "ownerKind",
          "personName",
          "personPosition",
          "recognitionLevel",
          "recognitionYear",
          "decisionNumber",
          "publishedAt",
          "replications");

  /** The fields of a year's figures, in the order of the CSV's columns. */
  public static final List<String> FIGURE_FIELDS =
      List.of(
          "unitCode",
          "unitName",
          "year",
          "registered",
          "new",
          "continued",
          "districtLevelUnits",
          "districtLevelUnitsThatConsidered",
          "recognizedAtDistrictLevel",
          "proposedToProvince",
          "recognizedAtProvinceLevel",
          "outstanding",
          "replications");

  private final Showcase showcase;
  private final ReferenceLists references;

  OpenData(Showcase showcase, ReferenceLists references) {
    this.showcase = showcase;
    this.references = references;
  }

  /** The public models as records of {@link #MODEL_FIELDS}; {@code base} makes the page URLs. */
  public List<Map<String, Object>> models(String base) {
    var fields = references.byCode(ReferenceList.FIELD);
    var result = new ArrayList<Map<String, Object>>();
    for (var m : showcase.all()) {
      var field = fields.get(m.fieldCode());
      var values = new LinkedHashMap<String, Object>();
      values.put("id", m.id());
      values.put("url", base + m.path());
      values.put("title", m.title());
      values.put("summary", m.summary());
      values.put("unitCode", m.unitCode());
      values.put("unitName", m.unitName());
      values.put("districtLevelUnitCode", m.districtCode());
      values.put("districtLevelUnitName", m.districtName());
      values.put("fieldCode", m.fieldCode());
      values.put("fieldName", field == null ? null : field.name(Locale.forLanguageTag("vi")));
      values.put("movementCodes", m.movementCodes());
      values.put("ownerKind", m.ownerKind().name());
      values.put("personName", m.personName());
      values.put("personPosition", m.personPosition());
      values.put("recognitionLevel", m.level().name());
      values.put("recognitionYear", m.recognitionYear());
      values.put("decisionNumber", m.decisionNumber());
      values.put("publishedAt", m.publishedAt().toString());
      values.put("replications", m.copies());
      result.add(values);
    }
    return result;
  }

  /** The yearly figures as records of {@link #FIGURE_FIELDS}. */
  public List<Map<String, Object>> figures() {
    PublicFigures figures = showcase.figures();
    var result = new ArrayList<Map<String, Object>>();
    for (var y : figures.years()) {
      var values = new LinkedHashMap<String, Object>();
      values.put("unitCode", figures.unit().code());
      values.put("unitName", figures.unit().name());
      values.put("year", y.year());
      values.put("registered", y.registered());
      values.put("new", y.fresh());
      values.put("continued", y.continued());
      values.put("districtLevelUnits", y.districtLevelUnits());
      values.put("districtLevelUnitsThatConsidered", y.districtLevelUnitsThatConsidered());
      values.put("recognizedAtDistrictLevel", y.recognizedAtDistrictLevel());
      values.put("proposedToProvince", y.proposedToProvince());
      values.put("recognizedAtProvinceLevel", y.recognizedAtProvinceLevel());
      values.put("outstanding", y.outstanding());
      values.put("replications", y.replications());
      result.add(values);
    }
    return result;
  }

  /** A JSON document: the licence and publisher, when it was made, and the records. */
  public Map<String, Object> document(String name, List<Map<String, Object>> records) {
    var document = new LinkedHashMap<String, Object>();
    document.put("licence", LICENCE);
    document.put("licenceUrl", LICENCE_URL);
    document.put("publisher", PUBLISHER);
    document.put("generatedAt", Instant.now().toString());
    document.put("count", records.size());
    document.put(name, records);
    return document;
  }

  /**
   * Records as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read the Vietnamese
   * letters); lists are joined with semicolons.
   */
  public static String csv(List<String> fields, List<Map<String, Object>> records) {
    var out = new StringWriter();
    out.write('\uFEFF');
    var format = CSVFormat.RFC4180.builder().setHeader(fields.toArray(String[]::new)).get();
    try (var printer = new CSVPrinter(out, format)) {
      for (var record : records) {
        var row = new ArrayList<Object>();
        for (var field : fields) {
          var value = record.get(field);
          var cell =
              value instanceof List<?> list
                  ? String.join(";", list.stream().map(String::valueOf).toList())
                  : value;
          row.add(cell instanceof String text ? inert(text) : cell);
        }
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A text cell that a spreadsheet will not run as a formula: one starting with {@code = + - @} (or
   * a tab or carriage return) gets a leading apostrophe, as OWASP advises for CSV files.
   */
  static String inert(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
