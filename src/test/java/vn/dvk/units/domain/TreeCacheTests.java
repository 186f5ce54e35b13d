package vn.dvk.units.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TreeCacheTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 12, 31), TODAY);

  private final TreeCache cache = new TreeCache(Duration.ofMinutes(1));
  private final AtomicInteger reads = new AtomicInteger();

  private Map<LocalDate, Set<String>> read() {
    reads.incrementAndGet();
    return Map.of(TODAY, Set.of("LD", "LD.X31"));
  }

  @Test
  void aReachIsReadOnceThenKept() {
    var first = cache.get("LD", DATES, TODAY, this::read);
    var second = cache.get("LD", DATES, TODAY, this::read);

    assertThat(second).isEqualTo(first).containsEntry(TODAY, Set.of("LD", "LD.X31"));
    assertThat(reads).hasValue(1);
  }

  @Test
  void anotherRootOtherDatesOrAnotherDayAreReadAgain() {
    cache.get("LD", DATES, TODAY, this::read);
    cache.get("BT", DATES, TODAY, this::read);
    cache.get("LD", List.of(TODAY), TODAY, this::read);
    cache.get("LD", DATES, TODAY.plusDays(1), this::read);

    assertThat(reads).hasValue(4);
  }

  @Test
  void aChangeOfTheTreeForgetsEveryReach() {
    cache.get("LD", DATES, TODAY, this::read);
    cache.treeChanged();
    cache.get("LD", DATES, TODAY, this::read);

    assertThat(reads).hasValue(2);
  }

  @Test
  void aReachReadWhileTheTreeChangedIsNotKept() {
    cache.get(
        "LD",
        DATES,
        TODAY,
        () -> {
          cache.treeChanged(); // another request writes the tree meanwhile
          return read();
        });
    cache.get("LD", DATES, TODAY, this::read);

    assertThat(reads).hasValue(2);
  }

  @Test
  void theEndOfTheWritingTransactionForgetsAgain() {
    TransactionSynchronizationManager.initSynchronization();
    try {
      cache.treeChanged();
      cache.get("LD", DATES, TODAY, this::read); // read inside the writing transaction
      TransactionSynchronizationManager.getSynchronizations()
          .forEach(sync -> sync.afterCompletion(0));
    } finally {
      TransactionSynchronizationManager.clearSynchronization();
    }
    cache.get("LD", DATES, TODAY, this::read);

    assertThat(reads).hasValue(2);
  }

  @Test
  void whatIsKeptCannotBeChangedByACaller() {
    var reach = cache.get("LD", DATES, TODAY, this::read);

    assertThatThrownBy(() -> reach.get(TODAY).add("BT"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private record Roots(LocalDate date) {}

  @Test
  void aReadOfTheTreeIsKeptByItsKeyUntilTheTreeChanges() {
    var roots =
        (java.util.function.Supplier<List<String>>)
            () -> {
              reads.incrementAndGet();
              return List.of("VN");
            };

    assertThat(cache.remember(new Roots(TODAY), roots)).containsExactly("VN");
    assertThat(cache.remember(new Roots(TODAY), roots)).containsExactly("VN");
    cache.remember(new Roots(TODAY.minusDays(1)), roots);
    assertThat(reads).hasValue(2);

    cache.treeChanged();
    cache.remember(new Roots(TODAY), roots);
    assertThat(reads).hasValue(3);
  }

  @Test
  void aTransactionThatMayWriteReadsTheDatabaseItself() {
    var roots =
        (java.util.function.Supplier<List<String>>)
            () -> {
              reads.incrementAndGet();
              return List.of("VN");
            };
    TransactionSynchronizationManager.setActualTransactionActive(true);
    try {
      cache.remember(new Roots(TODAY), roots);
      cache.remember(new Roots(TODAY), roots);
      assertThat(reads).hasValue(2);
      TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
      cache.remember(new Roots(TODAY), roots);
      cache.remember(new Roots(TODAY), roots);
      assertThat(reads).hasValue(3);
    } finally {
      TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
      TransactionSynchronizationManager.setActualTransactionActive(false);
    }
  }

  private record Named(String code) {}

  @Test
  void manyReadsAtOnceReadOnlyWhatIsNotKeptInOneCall() {
    var asked = new ArrayList<Set<Named>>();
    Function<Set<Named>, Map<Named, String>> read =
        keys -> {
          asked.add(Set.copyOf(keys));
          var names = new HashMap<Named, String>();
          keys.stream()
              .filter(k -> !k.code().equals("XX"))
              .forEach(k -> names.put(k, "n" + k.code()));
          return names;
        };

    var first = cache.rememberEach(List.of(new Named("A"), new Named("B")), read);
    var second = cache.rememberEach(List.of(new Named("A"), new Named("C"), new Named("XX")), read);

    assertThat(first)
        .containsOnly(Map.entry(new Named("A"), "nA"), Map.entry(new Named("B"), "nB"));
    assertThat(second)
        .containsOnly(Map.entry(new Named("A"), "nA"), Map.entry(new Named("C"), "nC"));
    assertThat(asked)
        .containsExactly(
            Set.of(new Named("A"), new Named("B")), Set.of(new Named("C"), new Named("XX")));
    cache.rememberEach(List.of(new Named("XX")), read);
    assertThat(asked).as("an unanswered key is asked again").hasSize(3);
  }

  @Test
  void manyReadsAreForgottenWithTheTree() {
    var calls = new AtomicInteger();
    Function<Set<Named>, Map<Named, String>> read =
        keys -> {
          calls.incrementAndGet();
          return Map.of(new Named("A"), "nA");
        };
    cache.rememberEach(List.of(new Named("A")), read);
    cache.treeChanged();
    cache.rememberEach(List.of(new Named("A")), read);

    assertThat(calls).hasValue(2);
  }
}
