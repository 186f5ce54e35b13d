package vn.dvk.shared.storage;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Small JPEG previews of photos (JPEG, PNG, WebP), at most {@link #SIZE} pixels on a side. */
public final class Thumbnails {

  public static final int SIZE = 320;

  private Thumbnails() {}

  public static Optional<byte[]> of(byte[] image) {
    try {
      var source = ImageIO.read(new ByteArrayInputStream(image));
      if (source == null) {
        return Optional.empty();
      }
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
      return Optional.of(out.toByteArray());
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}
