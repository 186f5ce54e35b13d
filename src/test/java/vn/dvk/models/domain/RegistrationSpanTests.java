package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class RegistrationSpanTests {

  private final RegistrationSpan span = new RegistrationSpan(Duration.ofMinutes(1));
  private final AtomicInteger reads = new AtomicInteger();
  private int last = 2025;

  private int[] read() {
    reads.incrementAndGet();
    return new int[] {2021, last};
  }

  @Test
  void theSpanIsReadOnceAndKeptWhileRegistrationsStayInsideIt() {
    assertThat(span.get(this::read)).containsExactly(2021, 2025);
    span.recorded(2023);
    assertThat(span.get(this::read)).containsExactly(2021, 2025);
    assertThat(reads).hasValue(1);
  }

  @Test
  void aRegistrationOfAYearOutsideItIsSeenAtOnce() {
    span.get(this::read);
    last = 2027;
    span.recorded(2027);

    assertThat(span.get(this::read)).containsExactly(2021, 2027);
    assertThat(reads).hasValue(2);
  }

  @Test
  void theWritingTransactionsEndForgetsWhatAReaderSawMeanwhile() {
    span.get(this::read);
    TransactionSynchronizationManager.initSynchronization();
    try {
      span.recorded(2027);
      span.get(this::read); // another reader, before the commit: still 2021–2025
      last = 2027;
      TransactionSynchronizationManager.getSynchronizations()
          .forEach(sync -> sync.afterCompletion(0));
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }

    assertThat(span.get(this::read)).containsExactly(2021, 2027);
  }

  @Test
  void whatTheCallerDoesWithItsCopyChangesNothingKept() {
    span.get(this::read)[1] = 1999;

    assertThat(span.get(this::read)).containsExactly(2021, 2025);
  }
}
