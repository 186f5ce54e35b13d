package vn.dvk.models.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelRow;

/**
 * A page of a list that matches many rows, newest first: the registrations are read backwards in
 * slices of the primary key, each registration's model looked up by its key and tested (on
 * PostgreSQL a lateral subquery the planner may not flatten), until the page is full. Each slice
 * costs the same whatever the planner believes about the words or the units; slices grow while they
 * find little.
 */
final class NewestFirstWalk {

  private static final int SLICE = 2_000;
  private static final int SLICE_MAX = 64_000;

  private final JdbcClient jdbc;
  private final boolean wordIndex;

  NewestFirstWalk(JdbcClient jdbc, boolean wordIndex) {
    this.jdbc = jdbc;
    this.wordIndex = wordIndex;
  }

  List<ModelRow> page(ModelFilter filter, ListQuery query) {
    var wanted = (filter.page() + 1) * filter.size();
    var found = new ArrayList<ModelRow>();
    var below = Long.MAX_VALUE;
    var slice = SLICE;
    while (found.size() < wanted) {
      var bounds = bounds(below, slice);
      if (bounds[1] == 0) {
        break;
      }
      var rows = query.bind(jdbc.sql(sql(query))).param("sliceFrom", bounds[0]);
      found.addAll(ListRows.page(rows.param("sliceTo", below), wanted - found.size(), 0));
      if (bounds[1] < slice) {
        break;
      }
      below = bounds[0];
      slice = Math.min(slice * 2, SLICE_MAX);
    }
    var from = Math.min(found.size(), filter.page() * filter.size());
    return List.copyOf(found.subList(from, found.size()));
  }

  /** The lowest key of the next slice below {@code below}, and how many keys it holds. */
  private long[] bounds(long below, int slice) {
    return jdbc.sql(
            "select min(id), count(*) from (select id from models_registration"
                + " where id < :below order by id desc limit :slice) s")
        .param("below", below)
        .param("slice", slice)
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  /** The rows of one slice that meet the list's conditions, newest first. */
  private String sql(ListQuery query) {
    var from =
        wordIndex
            ? """
              from (select * from models_registration
                     where id >= :sliceFrom and id < :sliceTo) r
              cross join lateral (select m.* from models_model m
                where m.id = r.model_id and %s offset 0) m
              """
            : """
              from models_registration r join models_model m on m.id = r.model_id
              where r.id >= :sliceFrom and r.id < :sliceTo and %s
              """;
    return """
        select %s
          %s
         order by r.id desc
         limit :limit offset :offset
        """
        .formatted(ListRows.COLUMNS, from.formatted(query.where()));
  }
}
