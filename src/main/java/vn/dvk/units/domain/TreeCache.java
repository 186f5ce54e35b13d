package vn.dvk.units.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the tree answers, kept in memory: the units each reader reaches, by root and dates, and the
 * small reads every list and search makes (a unit on a date, the roots on a date, whether the tree
 * changed between two dates). The tree changes a few times a year; every list read it, in several
 * statements. Every write of the tree ({@link UnitChangeRepository}) forgets it all at once and
 * again when its transaction ends; a reader who was still reading the old tree then keeps nothing,
 * and a transaction that may write reads the database itself. Other instances follow within the
 * expiry ({@code dvk.units.tree-cache}, one minute).
 */
@Component
public class TreeCache {

  private record Key(String root, List<LocalDate> dates, LocalDate today) {}

  private final Cache<Key, Map<LocalDate, Set<String>>> cache;
  private final Cache<Object, Object> reads;
  private final AtomicLong generation = new AtomicLong();

  public TreeCache(@Value("${dvk.units.tree-cache:PT1M}") Duration expiry) {
    this.cache = Caffeine.newBuilder().maximumSize(2_000).expireAfterWrite(expiry).build();
    this.reads = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(expiry).build();
  }

  /**
   * A read of the tree ({@code key} names it and its arguments: a record), kept or read and kept.
   * Inside a transaction that may write, the database answers: it may be changing the tree.
   */
  @SuppressWarnings("unchecked")
  <T> T remember(Object key, Supplier<T> read) {
    if (writing()) {
      return read.get();
    }
    var kept = reads.getIfPresent(key);
    if (kept != null) {
      return (T) kept;
    }
    var seen = generation.get();
    var value = read.get();
    if (value != null && generation.get() == seen) {
      reads.put(key, value);
    }
    return value;
  }

  /**
   * Reads of many keys (records naming a read and its arguments) at once: those kept, and the
   * others read together, in one call of {@code read}, and each kept. A key the read does not
   * answer is missing from the result, and not kept.
   */
  @SuppressWarnings("unchecked")
  <K, V> Map<K, V> rememberEach(Collection<K> keys, Function<Set<K>, Map<K, V>> read) {
    if (writing()) {
      return read.apply(new LinkedHashSet<>(keys));
    }
    var found = new HashMap<K, V>();
    var missing = new LinkedHashSet<K>();
    for (var key : keys) {
      var kept = (V) reads.getIfPresent(key);
      if (kept == null) {
        missing.add(key);
      } else {
        found.put(key, kept);
      }
    }
    if (!missing.isEmpty()) {
      var seen = generation.get();
      var fresh = read.apply(missing);
      if (generation.get() == seen) {
        reads.putAll(fresh);
      }
      found.putAll(fresh);
    }
    return found;
  }

  private static boolean writing() {
    return TransactionSynchronizationManager.isActualTransactionActive()
        && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
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
    reads.invalidateAll();
  }
}
