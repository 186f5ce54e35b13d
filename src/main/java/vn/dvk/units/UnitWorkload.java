package vn.dvk.units;

import java.util.Collection;
import java.util.Map;

/**
 * What other modules keep per unit, counted so that a restructure plan's preview can say what each
 * change touches (models, open registrations, open rounds). The units module asks every bean that
 * implements it, without depending on the modules that keep the records.
 */
public interface UnitWorkload {

  /**
   * For each of the units that holds any, how many records of each kind it holds, by the kind's
   * i18n key (e.g. {@code units.plan.count.models}).
   */
  Map<String, Map<String, Integer>> countIn(Collection<String> unitCodes);
}
