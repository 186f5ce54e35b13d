package vn.dvk.showcase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.models.ModelView;
import vn.dvk.models.Models;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.showcase.PublicVersion;

class PublicVersionRulesTests {

  /** Models.individual is Nguyễn Thị Ánh Tuyết's. */
  private static final ModelView TUYET =
      model(Models.individual("Tổ hòa giải – Nguyễn Thị Ánh Tuyết", "BT.DL"));

  @Test
  void aNameIsFoundAsWholeWordsWhateverItsCaseAndMarks() {
    assertThat(PublicVersionRules.names("Tổ hòa giải – NGO VAN VY", "Ngô Văn Vy")).isTrue();
    assertThat(PublicVersionRules.names("Ông Ngô Văn Vy, trưởng thôn", "Ngô Văn Vy")).isTrue();
    assertThat(PublicVersionRules.names("Ngô Văn Vyn", "Ngô Văn Vy")).isFalse();
    assertThat(PublicVersionRules.names("Tổ hòa giải", "Ngô Văn Vy")).isFalse();
    assertThat(PublicVersionRules.names("Tổ hòa giải", null)).isFalse();
  }

  @Test
  void withoutConsentTheNameMayNotBeInTheTitleOrTheSummary() {
    var version =
        new PublicVersion(
            "Tổ hòa giải – Nguyễn Thị Ánh Tuyết",
            "Chị nguyen thi anh tuyet hòa giải",
            List.of(),
            false,
            null);

    assertThatThrownBy(() -> PublicVersionRules.check(TUYET, version, List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field, Violation::messageKey)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "title", "showcase.error.name-without-consent"),
                        org.assertj.core.groups.Tuple.tuple(
                            "summary", "showcase.error.name-without-consent")));
  }

  @Test
  void withConsentTheNameMayBeShown() {
    var version =
        new PublicVersion(
            "Tổ hòa giải – Nguyễn Thị Ánh Tuyết",
            "Tóm tắt",
            List.of(),
            true,
            "Đồng ý bằng văn bản");

    assertThat(PublicVersionRules.check(TUYET, version, List.of()).title())
        .isEqualTo("Tổ hòa giải – Nguyễn Thị Ánh Tuyết");
  }

  @Test
  void aTitleWrittenWithTheNameLosesItForThePublic() {
    assertThat(PublicVersionRules.withoutName("Tổ hòa giải ở Võ Xu – Ngô Văn Vy", "Ngô Văn Vy"))
        .isEqualTo("Tổ hòa giải ở Võ Xu");
    assertThat(PublicVersionRules.withoutName("Tổ hòa giải", "Ngô Văn Vy"))
        .isEqualTo("Tổ hòa giải");
    assertThat(PublicVersionRules.withoutName("Tổ hòa giải", null)).isEqualTo("Tổ hòa giải");
  }

  private static ModelView model(vn.dvk.models.ModelDetails details) {
    return new ModelView(1, 0, details, List.of(), "x", Instant.EPOCH, "x", Instant.EPOCH);
  }
}
