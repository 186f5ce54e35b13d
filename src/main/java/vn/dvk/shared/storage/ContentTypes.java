package vn.dvk.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * What a file is, judged from its content (magic numbers), never from its name: JPEG, PNG, WebP,
 * PDF, DOCX or XLSX. Office documents are zip containers; they are told apart by the parts they
 * hold.
 */
public final class ContentTypes {

  public static final String JPEG = "image/jpeg";
  public static final String PNG = "image/png";
  public static final String WEBP = "image/webp";
  public static final String PDF = "application/pdf";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Tika TIKA = new Tika();
  private static final int MAX_ZIP_ENTRIES_TO_LOOK_AT = 2000;

  private ContentTypes() {}

  /** The type of the content, if it is one of the accepted ones. */
  public static Optional<String> detect(byte[] content) {
    var detected = TIKA.detect(content);
    return switch (detected) {
      case JPEG, PNG, WEBP, PDF -> Optional.of(detected);
      case "application/x-tika-ooxml", "application/zip" -> office(content);
      default -> Optional.empty();
    };
  }

  public static boolean isImage(String type) {
    return JPEG.equals(type) || PNG.equals(type) || WEBP.equals(type);
  }

  private static Optional<String> office(byte[] content) {
    try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      var seen = 0;
      for (var entry = zip.getNextEntry();
          entry != null && seen < MAX_ZIP_ENTRIES_TO_LOOK_AT;
          entry = zip.getNextEntry(), seen++) {
        if (entry.getName().equals("word/document.xml")) {
          return Optional.of(DOCX);
        }
        if (entry.getName().equals("xl/workbook.xml")) {
          return Optional.of(XLSX);
        }
      }
    } catch (IOException | IllegalArgumentException notAZip) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
