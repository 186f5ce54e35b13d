package vn.dvk.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.dvk.support.TestImages;

class ImageMetadataTests {

  @Test
  void aJpegLosesItsExifAndKeepsItsPictureByteForByte() throws IOException {
    var plain = TestImages.jpeg(40, 30);
    var withGps = TestImages.withExif(plain, "Ngo Van Vy");

    var stripped = ImageMetadata.strip(withGps, ContentTypes.JPEG);

    assertThat(text(withGps)).contains("GPSLatitude");
    assertThat(text(stripped)).doesNotContain("Exif").doesNotContain("GPSLatitude");
    assertThat(stripped).isEqualTo(plain);
    assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(40);
  }

  @Test
  void aPngLosesItsTextChunks() throws IOException {
    var plain = TestImages.png(20, 10);
    var withText = TestImages.withText(plain, "Ngo Van Vy, 10.93 N");

    var stripped = ImageMetadata.strip(withText, ContentTypes.PNG);

    assertThat(text(withText)).contains("Ngo Van Vy");
    assertThat(stripped).isEqualTo(plain);
    assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getHeight()).isEqualTo(10);
  }

  @Test
  void aWebpLosesItsExifChunkAndItsHeaderStopsAnnouncingIt() {
    var exif = chunk("EXIF", "GPSLatitude 10.93");
    var vp8x = chunk("VP8X", "\u0008\0\0\0\u0007\0\0\u0007\0\0");
    var picture = chunk("VP8L", "/\0\0\0\u0010\u0007\u0010\u0011\u0011\u0088\u0088\u00fe\u0007\0");
    var webp = riff(vp8x, exif, picture);

    var stripped = ImageMetadata.strip(webp, ContentTypes.WEBP);

    assertThat(text(stripped)).doesNotContain("EXIF").doesNotContain("GPS").contains("VP8L");
    assertThat(stripped[20] & 0x08).as("the EXIF flag").isZero();
    assertThat(ByteBuffer.wrap(stripped, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt())
        .isEqualTo(stripped.length - 8);
  }

  @Test
  void whatIsNotWellFormedIsNotPassedOn() {
    assertThat(ImageMetadata.strip(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3}, "image/jpeg"))
        .isEmpty();
    assertThat(ImageMetadata.strip("%PDF-1.4".getBytes(), ContentTypes.PDF)).isEmpty();
  }

  private static byte[] chunk(String type, String data) {
    var bytes = data.getBytes(StandardCharsets.ISO_8859_1);
    var padded = bytes.length + (bytes.length & 1);
    return ByteBuffer.allocate(8 + padded)
        .order(ByteOrder.LITTLE_ENDIAN)
        .put(type.getBytes(StandardCharsets.ISO_8859_1))
        .putInt(bytes.length)
        .put(bytes)
        .array();
  }

  private static byte[] riff(byte[]... chunks) {
    var length = 4;
    for (var chunk : chunks) {
      length += chunk.length;
    }
    var riff = ByteBuffer.allocate(8 + length).order(ByteOrder.LITTLE_ENDIAN);
    riff.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(length);
    riff.put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
    for (var chunk : chunks) {
      riff.put(chunk);
    }
    return riff.array();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
