package vn.dvk.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images for tests that attach photos. */
public final class TestImages {

  private TestImages() {}

  /** A JPEG of the size, in one colour. */
  public static byte[] jpeg(int width, int height) {
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A small JPEG whose frame header declares {@code width} × {@code height}: what an attacker
   * uploads to make a server decode billions of pixels.
   */
  public static byte[] jpegDeclaring(int width, int height) {
    var image = jpeg(8, 8);
    for (var at = 2; at < image.length; ) {
      var marker = image[at + 1] & 0xFF;
      var length = ((image[at + 2] & 0xFF) << 8) | (image[at + 3] & 0xFF);
      if (marker == 0xC0) {
        image[at + 5] = (byte) (height >> 8);
        image[at + 6] = (byte) height;
        image[at + 7] = (byte) (width >> 8);
        image[at + 8] = (byte) width;
        return image;
      }
      at += 2 + length;
    }
    throw new IllegalStateException("no frame header");
  }

  /** The JPEG with an EXIF segment (holding a GPS position and the text) right after its start. */
  public static byte[] withExif(byte[] jpeg, String text) {
    var payload = ("Exif\0\0GPSLatitude 10.93 " + text).getBytes(StandardCharsets.ISO_8859_1);
    var out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    out.write((payload.length + 2) >> 8);
    out.write(payload.length + 2);
    out.writeBytes(payload);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** The PNG with a text chunk (a comment with the text) before its image data. */
  public static byte[] withText(byte[] png, String text) {
    var data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
    var chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.ISO_8859_1)).put(data);
    var crc = new CRC32();
    crc.update(chunk.array(), 4, 4 + data.length);
    chunk.putInt((int) crc.getValue());
    var ihdrEnd = 8 + 12 + 13;
    var out = new ByteArrayOutputStream();
    out.write(png, 0, ihdrEnd);
    out.writeBytes(chunk.array());
    out.write(png, ihdrEnd, png.length - ihdrEnd);
    return out.toByteArray();
  }

  /** A PNG of the size, filled with one colour (black unless given). */
  public static byte[] png(int width, int height, Color... fill) {
    try {
      var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      if (fill.length > 0) {
        var graphics = image.createGraphics();
        graphics.setColor(fill[0]);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
      }
      var out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
