package vn.dvk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TextsTests {

  @Test
  void typedTextIsKeptWithoutItsSurroundingSpacesAndNothingTypedIsNull() {
    assertThat(Texts.blankToNull("  Biên bản họp  ")).isEqualTo("Biên bản họp");
    assertThat(Texts.blankToNull(" \t ")).isNull();
    assertThat(Texts.blankToNull(null)).isNull();
    assertThat(Texts.isBlank(" ")).isTrue();
    assertThat(Texts.isBlank("x")).isFalse();
  }

  @Test
  void anInstantIsStoredAsAUtcTimestampAndNoInstantAsNull() {
    var stored = MovementTime.utc(Instant.parse("2023-10-31T17:30:00Z"));

    assertThat(stored.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(stored.toInstant()).isEqualTo(Instant.parse("2023-10-31T17:30:00Z"));
    assertThat(MovementTime.utc(null)).isNull();
  }
}
