package vn.dvk.shared.storage;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Photos without what a camera or phone writes beside the picture: EXIF (GPS position, device,
 * time), XMP and comments. The picture's own bytes are copied as they are, so nothing is decoded or
 * compressed again. Colour information (JFIF, ICC profiles, Adobe's colour transform) stays.
 * Content that is not a well-formed JPEG, PNG or WebP is returned empty rather than as it came.
 */
public final class ImageMetadata {

  /** PNG chunks that carry text, dates or EXIF; every other chunk is kept. */
  private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

  private static final Set<String> WEBP_METADATA = Set.of("EXIF", "XMP ");

  private ImageMetadata() {}

  /** The image of this content type without its metadata. */
  public static byte[] strip(byte[] image, String contentType) {
    try {
      return switch (contentType) {
        case ContentTypes.JPEG -> jpeg(image);
        case ContentTypes.PNG -> png(image);
        case ContentTypes.WEBP -> webp(image);
        default -> new byte[0];
      };
    } catch (IndexOutOfBoundsException | IllegalArgumentException malformed) {
      return new byte[0];
    }
  }

  /** JPEG: every APPn segment but JFIF (APP0), ICC (APP2) and Adobe (APP14), and comments, go. */
  private static byte[] jpeg(byte[] image) {
    check(image.length > 4 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8);
    var out = new ByteArrayOutputStream(image.length);
    out.write(image, 0, 2);
    var at = 2;
    while (at < image.length) {
      check((image[at] & 0xFF) == 0xFF);
      var marker = image[at + 1] & 0xFF;
      if (marker == 0xFF) {
        at++; // a fill byte before a marker
        continue;
      }
      if (marker == 0xDA) {
        // Start of scan: the rest is the picture itself.
        out.write(image, at, image.length - at);
        break;
      }
      var length = ((image[at + 2] & 0xFF) << 8) | (image[at + 3] & 0xFF);
      check(length >= 2 && at + 2 + length <= image.length);
      if (!metadataSegment(marker, image, at + 4)) {
        out.write(image, at, 2 + length);
      }
      at += 2 + length;
    }
    return out.toByteArray();
  }

  private static boolean metadataSegment(int marker, byte[] image, int payload) {
    if (marker == 0xFE) {
      return true;
    }
    if (marker < 0xE0 || marker > 0xEF || marker == 0xE0 || marker == 0xEE) {
      return false;
    }
    return marker != 0xE2 || !startsWith(image, payload, "ICC_PROFILE");
  }

  private static byte[] png(byte[] image) {
    check(image.length > 8 && (image[0] & 0xFF) == 0x89 && image[1] == 'P');
    var out = new ByteArrayOutputStream(image.length);
    out.write(image, 0, 8);
    var at = 8;
    while (at < image.length) {
      var length = ByteBuffer.wrap(image, at, 4).getInt();
      check(length >= 0 && at + 12L + length <= image.length);
      var type = new String(image, at + 4, 4, StandardCharsets.ISO_8859_1);
      if (!PNG_METADATA.contains(type)) {
        out.write(image, at, 12 + length);
      }
      at += 12 + length;
    }
    return out.toByteArray();
  }

  /** WebP: the EXIF and XMP chunks go, and the extended header stops announcing them. */
  private static byte[] webp(byte[] image) {
    check(image.length > 12 && startsWith(image, 0, "RIFF") && startsWith(image, 8, "WEBP"));
    image = image.clone();
    var out = new ByteArrayOutputStream(image.length);
    out.write(image, 0, 12);
    var at = 12;
    while (at + 8 <= image.length) {
      var type = new String(image, at, 4, StandardCharsets.ISO_8859_1);
      var length = ByteBuffer.wrap(image, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      var padded = length + (length & 1);
      check(length >= 0 && at + 8L + padded <= image.length);
      if (type.equals("VP8X")) {
        image[at + 8] &= (byte) ~0x0C;
      }
      if (!WEBP_METADATA.contains(type)) {
        out.write(image, at, 8 + padded);
      }
      at += 8 + padded;
    }
    var result = out.toByteArray();
    ByteBuffer.wrap(result, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(result.length - 8);
    return result;
  }

  private static boolean startsWith(byte[] image, int at, String text) {
    var bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    if (at + bytes.length > image.length) {
      return false;
    }
    for (var i = 0; i < bytes.length; i++) {
      if (image[at + i] != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static void check(boolean wellFormed) {
    if (!wellFormed) {
      throw new IllegalArgumentException("not a well-formed image");
    }
  }
}
