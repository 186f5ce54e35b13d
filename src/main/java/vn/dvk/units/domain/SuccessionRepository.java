package vn.dvk.units.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.units.Succession;

/** Reads which units ended in which ({@link UnitChangeRepository} writes the successions). */
@Repository
public class SuccessionRepository {

  private final JdbcClient jdbc;
  private final TreeCache cache;

  public SuccessionRepository(JdbcClient jdbc, TreeCache cache) {
    this.jdbc = jdbc;
    this.cache = cache;
  }

  /** The reads every scope check and summary makes, kept by {@link TreeCache}. */
  private record SuccessionsOf(List<String> codes) {}

  private record PredecessorsOf(List<String> codes, LocalDate date) {}

  public List<Succession> successionsOf(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    var key = List.copyOf(codes);
    return cache.remember(new SuccessionsOf(key), () -> readSuccessions(key));
  }

  private List<Succession> readSuccessions(List<String> codes) {
    return jdbc
        .sql(
            "select predecessor_code, successor_code, effective_on from units_succession"
                + " where predecessor_code in (:codes) or successor_code in (:codes)"
                + " order by effective_on")
        .param("codes", codes)
        .query(
            (rs, n) ->
                new Succession(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
        .list()
        .stream()
        .toList();
  }

  /**
   * The units merged, by the date, into the given ones, directly or through others, each with the
   * given unit it ended in: a walk up {@code units_succession} from those units, so that it costs
   * what they absorbed, not every merge of the country.
   */
  public Map<String, String> predecessorsOf(Collection<String> codes, LocalDate date) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    var key = List.copyOf(codes);
    return cache.remember(new PredecessorsOf(key, date), () -> readPredecessors(key, date));
  }

  private Map<String, String> readPredecessors(List<String> codes, LocalDate date) {
    var result = new HashMap<String, String>();
    jdbc.sql(
            """
            with recursive absorbed (code, into_code, depth) as (
              select predecessor_code, successor_code, 1 from units_succession
               where successor_code in (:codes) and effective_on <= :d
              union all
              select s.predecessor_code, a.into_code, a.depth + 1
                from units_succession s join absorbed a on s.successor_code = a.code
               where s.effective_on <= :d and a.depth < 32
            )
            select code, into_code from absorbed
            """)
        .param("codes", codes)
        .param("d", date)
        .query((RowCallbackHandler) rs -> result.putIfAbsent(rs.getString(1), rs.getString(2)));
    return Map.copyOf(result);
  }
}
