package vn.dvk.models.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The first and last registration years on record, kept in memory: every list without a year asks,
 * to know which years' trees it spans, and the answer changes once a year. A registration of a year
 * outside the span forgets it ({@link RegistrationRepository#insert}, a bulk load); other instances
 * follow within the expiry ({@code dvk.models.year-span}, one minute).
 */
@Component
public class RegistrationSpan {

  private static final String KEY = "span";

  private final Cache<String, int[]> cache;

  public RegistrationSpan(@Value("${dvk.models.year-span:PT1M}") Duration expiry) {
    this.cache = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(expiry).build();
  }

  /** The first and last year, kept or read and kept; {0, 0} when nothing is registered. */
  int[] get(Supplier<int[]> read) {
    return cache.get(KEY, key -> read.get()).clone();
  }

  /**
   * A registration of the year was written: unless the span kept holds it, forget the span now and
   * again when the writing transaction ends (a reader meanwhile saw the span without it).
   */
  public void recorded(int year) {
    var kept = cache.getIfPresent(KEY);
    if (kept == null || kept[0] == 0 || year < kept[0] || year > kept[1]) {
      forget();
    }
  }

  /** Registrations of any years were written. */
  public void forget() {
    cache.invalidate(KEY);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              cache.invalidate(KEY);
            }
          });
    }
  }
}
