package vn.dvk.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenOwnerTests {

  static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

  @Test
  void aTokensUseIsWrittenDownAtMostOnceAMinute() {
    assertThat(new ApiTokenRepository.Owner(1, "leader", null).useNotedBefore(NOW)).isTrue();
    assertThat(new ApiTokenRepository.Owner(1, "leader", NOW.minusSeconds(61)).useNotedBefore(NOW))
        .isTrue();
    assertThat(new ApiTokenRepository.Owner(1, "leader", NOW.minusSeconds(30)).useNotedBefore(NOW))
        .isFalse();
  }
}
