package vn.dvk.units.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The units each reader reaches, by root and dates, kept in memory: every list and search needs
 * them, and reading them walks the tree of each year (several statements) while the tree changes a
 * few times a year. Every write of the tree ({@link UnitChangeRepository}) forgets them at once and
 * again when its transaction ends; a reader who was still reading the old tree then keeps nothing.
 * Other instances follow within the expiry ({@code dvk.units.reach-cache}, one minute).
 */
@Component
public class ReachCache {

  private record Key(String root, List<LocalDate> dates, LocalDate today) {}

  private final Cache<Key, Map<LocalDate, Set<String>>> cache;
  private final AtomicLong generation = new AtomicLong();

  public ReachCache(@Value("${dvk.units.reach-cache:PT1M}") Duration expiry) {
    this.cache = Caffeine.newBuilder().maximumSize(2_000).expireAfterWrite(expiry).build();
  }

  /** The reach of the root on the dates as of today: kept, or read and kept. */
  public Map<LocalDate, Set<String>> get(
      String root,
      Collection<LocalDate> dates,
      LocalDate today,
      Supplier<Map<LocalDate, Set<String>>> read) {
    var key = new Key(root, List.copyOf(dates), today);
    var kept = cache.getIfPresent(key);
    if (kept != null) {
      return kept;
    }
    var seen = generation.get();
    var reach = new LinkedHashMap<LocalDate, Set<String>>();
    read.get().forEach((date, codes) -> reach.put(date, Set.copyOf(codes)));
    var frozen = Collections.unmodifiableMap(reach);
    if (generation.get() == seen) {
      cache.put(key, frozen);
    }
    return frozen;
  }

  /** The tree changes: forget every reach now, and again when the writing transaction ends. */
  void treeChanged() {
    forget();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              forget();
            }
          });
    }
  }

  private void forget() {
    generation.incrementAndGet();
    cache.invalidateAll();
  }
}
