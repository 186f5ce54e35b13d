package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.models.Models;
import vn.dvk.models.OwnerKind;

class DetailsNormalizerTests {

  @Test
  void textsAreTrimmedComposedAndBlanksDropped() {
    var decomposed = Normalizer.normalize("  Dân vận khéo  ", Normalizer.Form.NFD);
    var details =
        ModelDetailsCopies.with(
            ModelDetailsCopies.with(Models.collective(decomposed, " bt.dl "), "situation", "   "),
            "movementCodes",
            List.of("B", "A", "B"));

    var normalized = DetailsNormalizer.normalize(details);

    assertThat(normalized.title()).isEqualTo("Dân vận khéo");
    assertThat(Normalizer.isNormalized(normalized.title(), Normalizer.Form.NFC)).isTrue();
    assertThat(normalized.unitCode()).isEqualTo("BT.DL");
    assertThat(normalized.situation()).isNull();
    assertThat(normalized.movementCodes()).containsExactly("A", "B");
  }

  @Test
  void onlyAnIndividualsModelKeepsAPerson() {
    var individual = Models.individual("Bếp ăn", "BT.DL");
    var collective = ModelDetailsCopies.with(individual, "ownerKind", OwnerKind.COLLECTIVE);

    assertThat(DetailsNormalizer.normalize(individual).personName()).isNotNull();
    assertThat(DetailsNormalizer.normalize(collective).personName()).isNull();
    assertThat(DetailsNormalizer.normalize(collective).personPosition()).isNull();
  }
}
