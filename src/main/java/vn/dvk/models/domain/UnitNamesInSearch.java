package vn.dvk.models.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.dvk.units.UnitSearchNames;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;
import vn.dvk.units.UnitsChanged;

/**
 * Keeps the unit names in the models' search text true when units are renamed, moved or merged:
 * once the change has committed, every model of the changed units and of the units below them is
 * given its new search text in a transaction of its own, and the search index hears of it. A model
 * is then found by its unit's new name, by its old one, and by the name of what its unit merged
 * into. The event is kept in the publication registry until this is done, so a crash in between
 * only delays it to the next start; a restructure of thousands of units does not hold its own
 * transaction open while every model's text is rewritten.
 */
@Component
class UnitNamesInSearch {

  private static final int CHUNK = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Units units;
  private final UnitSearchNames names;
  private final SearchChanges searchChanges;

  UnitNamesInSearch(
      JdbcClient jdbc,
      JdbcTemplate batch,
      Units units,
      UnitSearchNames names,
      SearchChanges searchChanges) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.units = units;
    this.names = names;
    this.searchChanges = searchChanges;
  }

  @ApplicationModuleListener
  void on(UnitsChanged changed) {
    var affected = new HashSet<String>(changed.codes());
    for (var code : changed.codes()) {
      units.subtree(code, units.today()).stream().map(UnitView::code).forEach(affected::add);
    }
    var codes = new ArrayList<>(affected);
    for (var from = 0; from < codes.size(); from += CHUNK) {
      rewrite(Set.copyOf(codes.subList(from, Math.min(codes.size(), from + CHUNK))));
    }
  }

  private void rewrite(Set<String> unitCodes) {
    var chains = new HashMap<String, List<String>>();
    var rows =
        jdbc.sql(
                """
                select id, unit_code, title, person_name, content_method, situation, objectives
                  from models_model where unit_code in (:units)
                """)
            .param("units", unitCodes)
            .query(
                (rs, n) ->
                    new Object[] {
                      SearchText.of(
                          rs.getString("title"),
                          rs.getString("person_name"),
                          rs.getString("content_method"),
                          rs.getString("situation"),
                          rs.getString("objectives"),
                          chains.computeIfAbsent(rs.getString("unit_code"), names::of)),
                      rs.getLong("id")
                    })
            .list();
    batch.batchUpdate("update models_model set search_text = ? where id = ?", rows);
    searchChanges.words(rows.stream().map(row -> (Long) row[1]).toList());
  }
}
