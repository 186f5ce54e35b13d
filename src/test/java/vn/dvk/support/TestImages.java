package vn.dvk.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Images for tests that attach photos. */
public final class TestImages {

  private TestImages() {}

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
