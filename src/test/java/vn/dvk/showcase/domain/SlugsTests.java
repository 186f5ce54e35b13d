package vn.dvk.showcase.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

  @Test
  void aTitleBecomesPlainLowerCaseWordsJoinedByHyphens() {
    assertThat(Slugs.of("Tổ tự quản đường hoa")).isEqualTo("to-tu-quan-duong-hoa");
  }

  @Test
  void aLongTitleIsCutAtAHyphenWithinEightyCharacters() {
    var slug = Slugs.of("Vận động nhân dân hiến đất làm đường giao thông nông thôn ".repeat(3));

    assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
    assertThat(slug)
        .startsWith("van-dong-nhan-dan-hien-dat-lam-duong-giao-thong-nong-thon-van-dong");
  }
}
