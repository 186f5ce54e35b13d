package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BackoffTests {

  @Test
  void eachFailureWaitsTwiceAsLongUpToTheCeiling() {
    var backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10));

    assertThat(Stream.generate(backoff::next).limit(6).map(Duration::toSeconds))
        .containsExactly(1L, 2L, 4L, 8L, 10L, 10L);
  }

  @Test
  void aSuccessStartsAgainFromTheFirstDelay() {
    var backoff = new Backoff(Duration.ofMillis(200), Duration.ofMinutes(1));
    backoff.next();
    backoff.next();

    backoff.reset();

    assertThat(backoff.next()).isEqualTo(Duration.ofMillis(200));
  }
}
