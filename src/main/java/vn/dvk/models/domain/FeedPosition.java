package vn.dvk.models.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A position in the change feed, shaped like a PostgreSQL snapshot: every writer numbered below
 * {@code xmin} had finished; those from {@code xmin} up to {@code xmax} (excluded) had finished
 * unless they are {@code inFlight}; none from {@code xmax} on had started. A writer is a
 * transaction id on PostgreSQL, a note's number on H2 ({@link SearchFeed}).
 *
 * <p>The notes past a position are those of writers it had not seen finish: numbered from {@code
 * xmax} on, or in flight. No note is skipped, however late its transaction commits, and none is
 * kept for ever: a position remembers only what was in flight when it was taken.
 */
record FeedPosition(long xmin, long xmax, long[] inFlight) {

  FeedPosition {
    inFlight = inFlight.clone();
    Arrays.sort(inFlight);
  }

  /** The position of a PostgreSQL snapshot's text, {@code xmin:xmax:xip,xip,...}. */
  static FeedPosition parse(String snapshot) {
    var parts = snapshot.split(":", -1);
    var inFlight =
        parts[2].isEmpty()
            ? new long[0]
            : Arrays.stream(parts[2].split(",")).mapToLong(Long::parseLong).toArray();
    return new FeedPosition(Long.parseLong(parts[0]), Long.parseLong(parts[1]), inFlight);
  }

  /** Whether the writer numbered {@code mark} had finished when this position was taken. */
  boolean covers(long mark) {
    return mark < xmax && Arrays.binarySearch(inFlight, mark) < 0;
  }

  Long[] inFlightIds() {
    return Arrays.stream(inFlight).boxed().toArray(Long[]::new);
  }

  /** The text of a PostgreSQL snapshot ({@code pg_snapshot}). */
  @Override
  public String toString() {
    return xmin
        + ":"
        + xmax
        + ":"
        + Arrays.stream(inFlight).mapToObj(Long::toString).collect(Collectors.joining(","));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FeedPosition that
        && xmin == that.xmin
        && xmax == that.xmax
        && Arrays.equals(inFlight, that.inFlight);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(xmax) + Arrays.hashCode(inFlight);
  }
}
