package vn.dvk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Property(tries = 2000)
  void theOnePassFoldIsTheRule(@ForAll("texts") String text) {
    assertThat(TextFolding.fold(text)).isEqualTo(TextFolding.slowly(text));
  }

  @Test
  void textBeyondLatinIsFoldedByTheRule() {
    assertThat(TextFolding.fold("Đức Linh ΣΟΦΟΣ שלום")).isEqualTo("duc linh σοφος שלום");
    assertThat(TextFolding.fold("İstanbul, ǅemal")).isEqualTo("istanbul ǆemal");
  }

  /** Vietnamese, Latin letters of every range the table holds, marks, punctuation and beyond. */
  @Provide
  Arbitrary<String> texts() {
    var vietnamese =
        Arbitraries.of(
            "Đức",
            "Hòa",
            "Thuận",
            "ỹ",
            "Ỵ",
            "ơ",
            "ư",
            "Ð",
            "đ",
            " ",
            ", ",
            "“",
            "” – ",
            "u\u031b\u0301");
    var anyChar =
        Arbitraries.oneOf(
            Arbitraries.chars().range('\u0000', '\u024f'),
            Arbitraries.chars().range('\u1e00', '\u1eff'),
            Arbitraries.chars().range('\u0300', '\u036f'),
            Arbitraries.chars().range('\u2000', '\u206f'),
            Arbitraries.chars().all());
    return Arbitraries.oneOf(
            vietnamese, anyChar.map(String::valueOf), Arbitraries.strings().ofMaxLength(3))
        .list()
        .ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }
}
