package vn.dvk.shared.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import vn.dvk.shared.BusinessRuleException;

/**
 * What an uploaded file must be before it is parsed: an XLSX workbook (a zip holding
 * xl/workbook.xml), without entries that would inflate like a decompression bomb.
 */
final class WorkbookFiles {

  /** Entries that inflate more than this ratio are taken for a decompression bomb. */
  static final double MIN_INFLATE_RATIO = 0.01;

  static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

  /** Small entries may compress well without harm; the ratio is checked from this size on. */
  private static final long BOMB_CHECK_FROM = 1024 * 1024;

  private WorkbookFiles() {}

  /** POI refuses entries that inflate too much with a message naming a zip bomb. */
  static boolean isZipBomb(Throwable error) {
    for (var cause = error; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && cause.getMessage().toLowerCase().contains("zip bomb")) {
        return true;
      }
    }
    return false;
  }

  /** An XLSX workbook is a zip holding xl/workbook.xml; anything else is refused before parsing. */
  static void requireWorkbook(Path file) {
    try (var in = Files.newInputStream(file)) {
      var magic = in.readNBytes(4);
      if (magic.length < 4
          || magic[0] != 'P'
          || magic[1] != 'K'
          || magic[2] != 3
          || magic[3] != 4) {
        throw new BusinessRuleException("import.error.not-xlsx");
      }
    } catch (IOException e) {
      throw new BusinessRuleException("import.error.unreadable");
    }
    try (var zip = new ZipFile(file.toFile())) {
      if (zip.getEntry("xl/workbook.xml") == null) {
        throw new BusinessRuleException("import.error.not-xlsx");
      }
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        var entry = entries.nextElement();
        var size = entry.getSize();
        var compressed = entry.getCompressedSize();
        if (size > MAX_ENTRY_SIZE
            || (size > BOMB_CHECK_FROM
                && compressed >= 0
                && compressed < size * MIN_INFLATE_RATIO)) {
          throw new BusinessRuleException("import.error.bomb");
        }
      }
    } catch (IOException e) {
      throw new BusinessRuleException("import.error.not-xlsx");
    }
  }
}
