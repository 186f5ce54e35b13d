package vn.dvk.models.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dvk.search.index.*}: whether the models' lists are answered by the search index, how often
 * it reads other instances' changes, how long a request that saved models waits for the index to
 * have them, how catching up is retried, how far behind it may be and still be healthy, and up to
 * how many registrations the start waits for its first build ({@code wait-for-build-up-to}, none by
 * default: the database answers the lists while it builds, so the start need not wait for it).
 */
@ConfigurationProperties("dvk.search.index")
public record SearchIndexSettings(
    Boolean enabled,
    Duration poll,
    Duration ownChangeWait,
    Duration retryFirst,
    Duration retryMax,
    Duration maxLag,
    Long waitForBuildUpTo) {

  public SearchIndexSettings {
    enabled = enabled == null || enabled;
    poll = poll == null ? Duration.ofSeconds(1) : poll;
    ownChangeWait = ownChangeWait == null ? Duration.ofSeconds(2) : ownChangeWait;
    retryFirst = retryFirst == null ? Duration.ofSeconds(1) : retryFirst;
    retryMax = retryMax == null ? Duration.ofMinutes(1) : retryMax;
    maxLag = maxLag == null ? Duration.ofMinutes(1) : maxLag;
    waitForBuildUpTo = waitForBuildUpTo == null ? 0 : waitForBuildUpTo;
  }

  public static SearchIndexSettings defaults() {
    return new SearchIndexSettings(null, null, null, null, null, null, null);
  }
}
