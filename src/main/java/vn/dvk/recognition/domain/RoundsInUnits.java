package vn.dvk.recognition.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dvk.units.UnitWorkload;

/** What a restructure plan's preview shows of each unit it changes: its rounds not yet decided. */
@Component
class RoundsInUnits implements UnitWorkload {

  static final String OPEN_ROUNDS = "units.plan.count.open-rounds";

  private final JdbcClient jdbc;

  RoundsInUnits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Map<String, Integer>> countIn(Collection<String> unitCodes) {
    var counts = new HashMap<String, Map<String, Integer>>();
    if (unitCodes.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            "select unit_code, count(*) from recognition_round"
                + " where unit_code in (:units) and state <> 'DECIDED' group by unit_code")
        .param("units", unitCodes)
        .query(
            (RowCallbackHandler)
                rs -> counts.put(rs.getString(1), Map.of(OPEN_ROUNDS, rs.getInt(2))));
    return counts;
  }
}
