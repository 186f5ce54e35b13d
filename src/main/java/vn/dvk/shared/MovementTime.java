package vn.dvk.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The movement's calendar: every date of it (deadlines, ballots, decisions, progress reports) is a
 * day in Vietnam, whatever zone the server runs in. The application's one {@link Clock} reads
 * instants in that zone, so that a proposal sent at 00:30 on 1 November in Hà Nội is a day late for
 * a 31 October deadline, although it is still 31 October in UTC.
 */
@Configuration(proxyBeanMethods = false)
public class MovementTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  public Clock clock() {
    return Clock.system(ZONE);
  }

  /**
   * Noon of a day of a paper record, in the movement's zone: the instant an entry recorded after
   * the fact keeps, so that every report reads back the same day.
   */
  public static Instant onPaper(java.time.LocalDate day) {
    return day.atTime(12, 0).atZone(ZONE).toInstant();
  }

  /** An instant as the database keeps it: a timestamp with its zone, UTC (null stays null). */
  public static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
