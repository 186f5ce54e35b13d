package vn.dvk.reporting.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.shared.MovementTime;

/**
 * The reports' read model ({@code reporting_unit_figure}): each unit's own figures in each year,
 * computed from the modules' published views. A unit's figures are recomputed whole, from its own
 * rows, in the transaction that changed its work; a transaction first locks the unit's row in
 * {@code reporting_unit}, so that a second one changing the same unit waits, then counts what the
 * first committed. {@link #rebuild()} computes everything again from the source.
 */
@Repository
public class UnitFigures {

  /** Units recomputed in one statement of each kind. */
  private static final int CHUNK = 500;

  private static final String INSERT =
      "insert into reporting_unit_figure (unit_code, figure_year, figure, detail, total,"
          + " collective, individual, first_at, first_day)\n";

  private static final String OWNERS =
      """
      sum(case when owner_kind = 'INDIVIDUAL' then 0 else 1 end),
      sum(case when owner_kind = 'INDIVIDUAL' then 1 else 0 end)""";

  private static final String DISTINCT_OWNERS =
      """
      count(distinct case when g.owner_kind = 'INDIVIDUAL' then null else g.model_id end),
      count(distinct case when g.owner_kind = 'INDIVIDUAL' then g.model_id else null end)""";

  /** Each figure: its select, whose {@code %s} takes the filter on its unit column. */
  private record Figure(String unitColumn, String select) {}

  private static final List<Figure> FIGURES =
      List.of(
          new Figure(
              "unit_code",
              "select unit_code, registration_year, 'REGISTERED', kind, count(*), "
                  + OWNERS
                  + ", min(sent_up_at), null from models_registration_facts where approved %s"
                  + " group by unit_code, registration_year, kind"),
          new Figure(
              "unit_code",
              "select unit_code, registration_year, 'FIELD', field_code, count(*), "
                  + OWNERS
                  + ", null, null from models_registration_facts where approved %s"
                  + " group by unit_code, registration_year, field_code"),
          new Figure(
              "unit_code",
              "select unit_code, round_year, 'CONSIDERED', level, count(*), 0, 0, null,"
                  + " min(meeting_date) from recognition_round_facts"
                  + " where state in ('MEETING_HELD', 'DECIDED') %s"
                  + " group by unit_code, round_year, level"),
          new Figure(
              "g.unit_code",
              "select g.unit_code, g.recognition_year, 'RECOGNIZED', g.level,"
                  + " count(distinct g.model_id), "
                  + DISTINCT_OWNERS
                  + ", null, null from recognition_recognition_facts g where 1 = 1 %s"
                  + " group by g.unit_code, g.recognition_year, g.level"),
          new Figure(
              "g.proposing_unit_code",
              "select g.proposing_unit_code, g.round_year, 'PROPOSED', g.round_unit_code,"
                  + " count(distinct g.model_id), "
                  + DISTINCT_OWNERS
                  + ", min(g.proposed_at), null from recognition_proposal_facts g"
                  + " where g.round_level = 'PROVINCE'"
                  + " and g.state in ('PROPOSED', 'RECOGNIZED', 'NOT_RECOGNIZED') %s"
                  + " group by g.proposing_unit_code, g.round_year, g.round_unit_code"),
          new Figure(
              "m.unit_code",
              "select m.unit_code, g.recognition_year, 'PROVINCE_RECOGNIZED', g.unit_code,"
                  + " count(distinct g.model_id), "
                  + DISTINCT_OWNERS
                  + ", null, null from recognition_recognition_facts g"
                  + " join models_model_facts m on m.model_id = g.model_id"
                  + " where g.level = 'PROVINCE' %s"
                  + " group by m.unit_code, g.recognition_year, g.unit_code"),
          new Figure(
              "r.unit_code",
              "select r.unit_code, s.learned_year, 'COPIED', cast(s.source_id as varchar(40)),"
                  + " count(*), 0, 0, null, null from replication_source_facts s"
                  + " join models_registration_facts r"
                  + " on r.model_id = s.model_id and r.registration_year = s.learned_year"
                  + " where r.approved %s group by r.unit_code, s.learned_year, s.source_id"));

  private final JdbcClient jdbc;
  private final Clock clock;

  UnitFigures(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Recomputes the figures of these units, each locked while it is. */
  public void refresh(Collection<String> unitCodes) {
    var sorted = new ArrayList<>(new TreeSet<>(unitCodes));
    for (int from = 0; from < sorted.size(); from += CHUNK) {
      var chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
      lock(chunk);
      jdbc.sql("delete from reporting_unit_figure where unit_code in (:units)")
          .param("units", chunk)
          .update();
      for (var figure : FIGURES) {
        jdbc.sql(INSERT + figure.select().formatted("and " + figure.unitColumn() + " in (:units)"))
            .param("units", chunk)
            .update();
      }
    }
  }

  /** The units whose models these are. */
  public List<String> unitsOfModels(Collection<Long> modelIds) {
    var units = new TreeSet<String>();
    var ids = List.copyOf(modelIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      units.addAll(
          jdbc.sql("select distinct unit_code from models_model_facts where model_id in (:ids)")
              .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
              .query(String.class)
              .list());
    }
    return List.copyOf(units);
  }

  /** Computes every unit's figures again from the source, and records when. */
  @Transactional
  public void rebuild() {
    jdbc.sql("select id from reporting_build where id = 1 for update").query(Integer.class).list();
    jdbc.sql("select unit_code from reporting_unit order by unit_code for update")
        .query(String.class)
        .list();
    jdbc.sql("delete from reporting_unit_figure").update();
    for (var figure : FIGURES) {
      jdbc.sql(INSERT + figure.select().formatted("")).update();
    }
    jdbc.sql(
            "insert into reporting_unit (unit_code) select distinct unit_code"
                + " from reporting_unit_figure on conflict do nothing")
        .update();
    jdbc.sql("update reporting_build set built_at = :at where id = 1")
        .param("at", MovementTime.utc(clock.instant()))
        .update();
  }

  /** Whether the read model was ever built from the source. */
  public boolean built() {
    return jdbc.sql("select built_at from reporting_build where id = 1")
        .query((rs, n) -> rs.getObject(1) != null)
        .optional()
        .orElse(false);
  }

  private void lock(List<String> units) {
    jdbc.sql(
            "insert into reporting_unit (unit_code) select u"
                + " from unnest(cast(:units as varchar array)) as t(u) on conflict do nothing")
        .param("units", units.toArray(String[]::new))
        .update();
    jdbc.sql(
            "select unit_code from reporting_unit where unit_code in (:units)"
                + " order by unit_code for update")
        .param("units", units)
        .query(String.class)
        .list();
  }
}
