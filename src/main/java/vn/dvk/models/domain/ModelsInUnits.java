package vn.dvk.models.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dvk.units.UnitWorkload;

/**
 * What a restructure plan's preview shows of each unit it changes: the models the unit owns, and
 * their registrations still open (a draft, one awaiting a decision, one returned for completion).
 */
@Component
class ModelsInUnits implements UnitWorkload {

  static final String MODELS = "units.plan.count.models";
  static final String OPEN_REGISTRATIONS = "units.plan.count.open-registrations";

  private final JdbcClient jdbc;

  ModelsInUnits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Map<String, Integer>> countIn(Collection<String> unitCodes) {
    var counts = new HashMap<String, Map<String, Integer>>();
    if (unitCodes.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            """
            select m.unit_code, count(distinct m.id),
                   count(case when r.state in ('DRAFT', 'SUBMITTED', 'RETURNED') then 1 end)
              from models_model m left join models_registration r on r.model_id = m.id
             where m.unit_code in (:units)
             group by m.unit_code
            """)
        .param("units", unitCodes)
        .query(
            rs -> {
              counts.put(
                  rs.getString(1), Map.of(MODELS, rs.getInt(2), OPEN_REGISTRATIONS, rs.getInt(3)));
            });
    return counts;
  }
}
