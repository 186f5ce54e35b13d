package vn.dvk.models.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.springframework.util.unit.DataSize;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.storage.ContentTypes;
import vn.dvk.shared.storage.Thumbnails;

/**
 * What an uploaded file must be to be attached: not empty, within the size limit, of a type told by
 * its content (not its name), and for a photo, of a sensible number of pixels. Its name is kept as
 * people gave it, made safe.
 */
public final class AttachmentFiles {

  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");

  private AttachmentFiles() {}

  /** The file's content type, once it passes every check (422 otherwise). */
  public static String check(byte[] content, DataSize maxSize) {
    if (content.length == 0) {
      throw new BusinessRuleException("attachments.error.empty");
    }
    if (content.length > maxSize.toBytes()) {
      throw new BusinessRuleException(
          "attachments.error.too-large", String.valueOf(maxSize.toMegabytes()));
    }
    var type =
        ContentTypes.detect(content)
            .orElseThrow(() -> new BusinessRuleException("attachments.error.type"));
    if (ContentTypes.isImage(type)) {
      checkPixels(content);
    }
    return type;
  }

  /** A photo's header is read before it is decoded: a few bytes may declare billions of pixels. */
  private static void checkPixels(byte[] content) {
    var size =
        Thumbnails.dimensions(content)
            .orElseThrow(() -> new BusinessRuleException("attachments.error.type"));
    if (!size.acceptable()) {
      throw new BusinessRuleException(
          "attachments.error.too-many-pixels",
          String.valueOf(size.width()),
          String.valueOf(size.height()),
          String.valueOf(Thumbnails.MAX_PIXELS / 1_000_000));
    }
  }

  /**
   * Keeps the name people gave the file, without any path, and without the invisible characters
   * that break a download header (controls: CR, LF, NUL) or disguise a name (right-to-left
   * overrides and other format characters make "…gpj.exe" read as "…exe.jpg").
   */
  public static String cleanName(String fileName) {
    if (fileName == null) {
      return "tep";
    }
    var name = Normalizer.normalize(fileName, Normalizer.Form.NFC).replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = INVISIBLE.matcher(name).replaceAll("").strip();
    if (name.isEmpty()) {
      return "tep";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
