package vn.dvk.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.dvk.support.TestImages;

class ThumbnailsTests {

  @Test
  void aPhotosSizeIsReadFromItsHeaderWithoutDecodingIt() {
    var bomb = TestImages.jpegDeclaring(20_000, 20_000);

    assertThat(bomb.length).isLessThan(1_000);
    var size = Thumbnails.dimensions(bomb).orElseThrow();
    assertThat(size).isEqualTo(new Thumbnails.Dimensions(20_000, 20_000));
    assertThat(size.acceptable()).isFalse();
  }

  @Test
  void noPreviewIsMadeOfAPhotoAboveThePixelLimit() {
    assertThat(Thumbnails.of(TestImages.jpegDeclaring(20_000, 20_000))).isEmpty();
  }

  @Test
  void aLargePhotoIsPreviewedFromASubsampledRead() throws IOException {
    var preview = Thumbnails.of(TestImages.jpeg(4_000, 3_000)).orElseThrow();

    var image = ImageIO.read(new ByteArrayInputStream(preview));
    assertThat(image.getWidth()).isEqualTo(320);
    assertThat(image.getHeight()).isEqualTo(240);
  }

  @Test
  void aPhotoAtTheLimitIsAcceptedAndOneAboveItIsNot() {
    assertThat(new Thumbnails.Dimensions(10_000, 10_000).acceptable()).isTrue();
    assertThat(new Thumbnails.Dimensions(10_000, 10_001).acceptable()).isFalse();
    assertThat(new Thumbnails.Dimensions(0, 10).acceptable()).isFalse();
  }

  @Test
  void whatIsNotAnImageHasNoSize() {
    assertThat(Thumbnails.dimensions("not an image".getBytes())).isEmpty();
  }
}
