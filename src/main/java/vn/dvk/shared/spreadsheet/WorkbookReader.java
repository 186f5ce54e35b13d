package vn.dvk.shared.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.dvk.shared.BusinessRuleException;

/**
 * Reads the first sheet of an XLSX workbook row by row with POI's SAX event API, so that memory
 * does not grow with the file. Numbers and dates come out in one canonical form (plain digits, ISO
 * dates), text as typed. Files that are not XLSX workbooks, and zip bombs, are refused.
 */
public final class WorkbookReader {

  /**
   * The most text a workbook may hold in its shared strings, as XML: their table is held in memory
   * (about 2.4 bytes of heap a byte), so a small file that unpacks to hundreds of megabytes of text
   * is refused as it is read. 20,000 rows of long descriptions take under a quarter of it.
   */
  static final long MAX_SHARED_STRINGS = 64L * 1024 * 1024;

  private WorkbookReader() {}

  /** Thrown inside the parser when the shared strings pass their limit. */
  private static final class TooMuchText extends IOException {
    TooMuchText() {
      super("too much shared text");
    }
  }

  /** A cell's value, and whether it was a number or date cell (not text). */
  public record Cell(String text, boolean numeric) {}

  /** A row: its 1-based number in the sheet and its cells by 0-based column. */
  public record Row(int number, Map<Integer, Cell> cells) {

    public Cell cell(int column) {
      return cells.get(column);
    }

    public boolean isEmpty() {
      return cells.values().stream().allMatch(c -> c.text() == null || c.text().isBlank());
    }
  }

  /**
   * Reads every row of the first sheet. Throws a {@link BusinessRuleException} (422) when the file
   * is not an XLSX workbook or looks like a decompression bomb.
   */
  public static void read(Path file, Consumer<Row> rows) {
    read(file, MAX_SHARED_STRINGS, rows);
  }

  static void read(Path file, long maxText, Consumer<Row> rows) {
    WorkbookFiles.requireWorkbook(file);
    ZipSecureFile.setMinInflateRatio(WorkbookFiles.MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(WorkbookFiles.MAX_ENTRY_SIZE);
    try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      var reader = new XSSFReader(pkg);
      var strings = sharedStrings(pkg, maxText);
      var sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new BusinessRuleException("import.error.no-sheet");
      }
      try (InputStream sheet = sheets.next()) {
        var parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(),
                null,
                strings,
                new Collector(rows),
                new Canonical(),
                false));
        parser.parse(new InputSource(sheet));
      }
    } catch (BusinessRuleException refused) {
      throw refused;
    } catch (TooMuchText tooMuch) {
      throw new BusinessRuleException(
          "import.error.too-much-text", String.valueOf(Math.max(1, maxText / 1024 / 1024)));
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      throw new BusinessRuleException(
          WorkbookFiles.isZipBomb(e) ? "import.error.bomb" : "import.error.unreadable");
    }
  }

  private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg, long maxText)
      throws IOException, SAXException {
    var parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return new ReadOnlySharedStringsTable(pkg);
    }
    try (var in =
        BoundedInputStream.builder()
            .setInputStream(parts.get(0).getInputStream())
            .setMaxCount(maxText)
            .setOnMaxCount(
                (max, count) -> {
                  throw new TooMuchText();
                })
            .get()) {
      return new ReadOnlySharedStringsTable(in);
    } catch (SAXException e) {
      if (e.getCause() instanceof TooMuchText tooMuch) {
        throw tooMuch;
      }
      throw e;
    }
  }

  /** Collects the cells of each row and hands the row on when it ends. */
  private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final Consumer<Row> rows;
    private TreeMap<Integer, Cell> cells = new TreeMap<>();
    private int rowNumber;

    Collector(Consumer<Row> rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      rowNumber = rowNum + 1;
      cells = new TreeMap<>();
    }

    @Override
    public void endRow(int rowNum) {
      rows.accept(new Row(rowNumber, cells));
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      if (reference == null || formattedValue == null) {
        return;
      }
      var column = new CellReference(reference).getCol();
      var numeric = formattedValue.startsWith(Canonical.NUMERIC);
      cells.put(
          (int) column, new Cell(numeric ? formattedValue.substring(1) : formattedValue, numeric));
    }
  }

  /**
   * Formats number and date cells canonically (ISO dates, plain numbers), marking them so that they
   * are not read as text typed in a language's number format.
   */
  private static final class Canonical extends DataFormatter {

    static final String NUMERIC = "\u0001";

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return NUMERIC + DateUtil.getLocalDateTime(value).toLocalDate();
      }
      return NUMERIC + BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  static List<Row> readAll(Path file) {
    var all = new ArrayList<Row>();
    read(file, all::add);
    return all;
  }
}
