package vn.dvk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTests {

  @Test
  void diacriticsAndCaseAreFoldedAway() {
    assertThat(TextFolding.fold("Dân vận khéo")).isEqualTo("dan van kheo");
    assertThat(TextFolding.fold("ĐỨC LINH")).isEqualTo("duc linh");
    assertThat(TextFolding.fold("đường Đồng Kho")).isEqualTo("duong dong kho");
    assertThat(TextFolding.fold("Nghị Đức, Hàm Thuận Bắc")).isEqualTo("nghi duc ham thuan bac");
  }

  @Test
  void decomposedInputFoldsLikeComposedInput() {
    var decomposed = java.text.Normalizer.normalize("Khánh Hòa", java.text.Normalizer.Form.NFD);
    assertThat(TextFolding.fold(decomposed))
        .isEqualTo(TextFolding.fold("Khánh Hòa"))
        .isEqualTo("khanh hoa");
  }

  @Test
  void punctuationAndSpacesBecomeSingleSpaces() {
    assertThat(TextFolding.fold("  “Ấm tình  làng xóm” – Gia An! "))
        .isEqualTo("am tinh lang xom gia an");
    assertThat(TextFolding.fold(null)).isEmpty();
  }
}
