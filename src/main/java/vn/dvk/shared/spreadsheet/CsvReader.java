package vn.dvk.shared.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import vn.dvk.shared.BusinessRuleException;

/**
 * Reads a CSV file as rows of text cells, the way {@link WorkbookReader} reads a sheet: UTF-8 with
 * or without a byte order mark, fields separated by commas or by semicolons (what a Vietnamese
 * Excel writes), quoted fields as RFC 4180 has them. The separator is the one the first line uses
 * more often outside quotes. Anything that is not UTF-8 text is refused.
 */
public final class CsvReader {

  private CsvReader() {}

  /** Reads every record; a row's number is its record's (a quoted line break stays in its cell). */
  public static void read(Path file, Consumer<WorkbookReader.Row> rows) {
    var separator = separator(file);
    var format =
        CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
    try (var reader = open(file);
        var parser = format.parse(reader)) {
      for (var record : parser) {
        rows.accept(row(record));
      }
    } catch (UncheckedIOException | IOException | IllegalStateException e) {
      throw refusal(e);
    }
  }

  /** ';' when the first line holds more semicolons than commas outside quotes, else ','. */
  static char separator(Path file) {
    try (var reader = open(file)) {
      int commas = 0;
      int semicolons = 0;
      var quoted = false;
      for (int c = reader.read();
          c != -1 && (quoted || (c != '\n' && c != '\r'));
          c = reader.read()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && c == ',') {
          commas++;
        } else if (!quoted && c == ';') {
          semicolons++;
        }
      }
      return semicolons > commas ? ';' : ',';
    } catch (IOException e) {
      throw refusal(e);
    }
  }

  private static WorkbookReader.Row row(CSVRecord record) {
    var cells = new TreeMap<Integer, WorkbookReader.Cell>();
    for (int i = 0; i < record.size(); i++) {
      var value = record.get(i);
      if (!value.isEmpty()) {
        cells.put(i, new WorkbookReader.Cell(value, false));
      }
    }
    return new WorkbookReader.Row((int) record.getRecordNumber(), cells);
  }

  private static BufferedReader open(Path file) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    var in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
    return new BufferedReader(new InputStreamReader(in, decoder));
  }

  private static BusinessRuleException refusal(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof CharacterCodingException) {
        return new BusinessRuleException("import.error.not-utf8");
      }
    }
    return new BusinessRuleException("import.error.unreadable");
  }
}
