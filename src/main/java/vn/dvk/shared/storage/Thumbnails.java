package vn.dvk.shared.storage;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Small JPEG previews of photos (JPEG, PNG, WebP), at most {@link #SIZE} pixels on a side. A
 * photo's size is read from its header before anything is decoded: a few hundred bytes can declare
 * a picture of billions of pixels. Photos above {@link #MAX_PIXELS} are refused, and the others are
 * decoded subsampled, one pixel in n on each axis, so that no more than about twice the preview is
 * ever held in memory.
 */
public final class Thumbnails {

  public static final int SIZE = 320;

  /** The largest photo accepted: 100 megapixels (a 12,000 × 8,000 camera picture fits). */
  public static final long MAX_PIXELS = 100_000_000L;

  /** A picture's size, as its header declares it. */
  public record Dimensions(int width, int height) {

    public long pixels() {
      return (long) width * height;
    }

    public boolean acceptable() {
      return width > 0 && height > 0 && pixels() <= MAX_PIXELS;
    }
  }

  private Thumbnails() {}

  /** The size the image declares, read without decoding it; empty when it cannot be read. */
  public static Optional<Dimensions> dimensions(byte[] image) {
    try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      var reader = reader(input);
      if (reader.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(new Dimensions(reader.get().getWidth(0), reader.get().getHeight(0)));
      } finally {
        reader.get().dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** The preview, or empty when the image cannot be read or is larger than allowed. */
  public static Optional<byte[]> of(byte[] image) {
    try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      var reader = reader(input);
      if (reader.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.ofNullable(preview(reader.get()));
      } finally {
        reader.get().dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  private static BufferedImage subsampled(ImageReader reader) throws IOException {
    var side = Math.max(reader.getWidth(0), reader.getHeight(0));
    var step = Math.max(1, side / (2 * SIZE));
    var param = reader.getDefaultReadParam();
    param.setSourceSubsampling(step, step, 0, 0);
    return reader.read(0, param);
  }

  private static byte[] preview(ImageReader reader) throws IOException {
    var dimensions = new Dimensions(reader.getWidth(0), reader.getHeight(0));
    if (!dimensions.acceptable()) {
      return null;
    }
    var source = subsampled(reader);
    var scale = Math.min(1.0, (double) SIZE / Math.max(source.getWidth(), source.getHeight()));
    var width = Math.max(1, (int) Math.round(source.getWidth() * scale));
    var height = Math.max(1, (int) Math.round(source.getHeight() * scale));
    var thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var graphics = thumbnail.createGraphics();
    graphics.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, width, height);
    graphics.drawImage(source, 0, 0, width, height, null);
    graphics.dispose();
    var out = new ByteArrayOutputStream();
    ImageIO.write(thumbnail, "jpg", out);
    return out.toByteArray();
  }

  private static Optional<ImageReader> reader(ImageInputStream input) {
    if (input == null) {
      return Optional.empty();
    }
    var readers = ImageIO.getImageReaders(input);
    if (!readers.hasNext()) {
      return Optional.empty();
    }
    var reader = readers.next();
    reader.setInput(input, true, true);
    return Optional.of(reader);
  }
}
