package vn.dvk.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConcurrentMessageSourceTests {

  private final ConcurrentMessageSource messages = source();

  @Test
  void eachCallFormatsWithItsOwnCopyOfThePattern() {
    var first = messages.resolveCode("home.task.drafts", Languages.DEFAULT);
    var second = messages.resolveCode("home.task.drafts", Languages.DEFAULT);

    assertThat(first).isNotNull().isNotSameAs(second);
    assertThat(first.toPattern()).isEqualTo(second.toPattern());
    assertThat(messages.resolveCode("no.such.key", Languages.DEFAULT)).isNull();
  }

  @Test
  void formatsTheSameMessageFromManyThreadsWithEachOnesArguments() throws Exception {
    var pool = Executors.newFixedThreadPool(8);
    try {
      var calls = IntStream.range(0, 400).mapToObj(this::formatted).toList();
      var results = pool.invokeAll(calls);
      for (int n = 0; n < results.size(); n++) {
        assertThat(results.get(n).get()).isEqualTo(n + " registrations");
      }
    } finally {
      pool.shutdown();
    }
  }

  private Callable<String> formatted(int n) {
    return () -> messages.getMessage("models.count", new Object[] {n}, Locale.ENGLISH);
  }

  private static ConcurrentMessageSource source() {
    var source = new ConcurrentMessageSource();
    source.setBasename("i18n/messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
