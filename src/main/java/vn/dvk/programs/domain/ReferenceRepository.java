package vn.dvk.programs.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.programs.ReferenceItem;
import vn.dvk.programs.ReferenceList;

@Repository
public class ReferenceRepository {

  /**
   * Named as the record's components: the row mapper looks each one up by its lowercased name
   * first, and a miss costs a thrown and caught SQLException per column and row.
   */
  private static final String COLUMNS =
      "id, list, code, name_vi as namevi, name_en as nameen, name_he as namehe,"
          + " measure_vi as measurevi, measure_en as measureen, measure_he as measurehe, position,"
          + " active, version";

  private final JdbcClient jdbc;

  public ReferenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ReferenceItem> all(ReferenceList list) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from programs_reference_item where list = :list"
                + " order by position, code")
        .param("list", list.name())
        .query(ReferenceItem.class)
        .list();
  }

  public Optional<ReferenceItem> find(ReferenceList list, String code) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from programs_reference_item where list = :list and code = :code")
        .param("list", list.name())
        .param("code", code)
        .query(ReferenceItem.class)
        .optional();
  }

  public int nextPosition(ReferenceList list) {
    return jdbc.sql(
            "select coalesce(max(position), 0) + 1 from programs_reference_item where list = :list")
        .param("list", list.name())
        .query(Integer.class)
        .single();
  }

  public void insert(ReferenceItem item) {
    jdbc.sql(
            """
            insert into programs_reference_item (list, code, name_vi, name_en, name_he, measure_vi,
                measure_en, measure_he, position, active, version)
            values (:list, :code, :nameVi, :nameEn, :nameHe, :measureVi, :measureEn, :measureHe,
                :position, :active, 0)
            """)
        .params(columns(item))
        .update();
  }

  /** Returns false when the item changed since {@code item.version()} was read. */
  public boolean update(ReferenceItem item) {
    return jdbc.sql(
                """
                update programs_reference_item
                   set name_vi = :nameVi, name_en = :nameEn, name_he = :nameHe,
                       measure_vi = :measureVi, measure_en = :measureEn, measure_he = :measureHe,
                       position = :position, active = :active, version = version + 1
                 where list = :list and code = :code and version = :version
                """)
            .params(columns(item))
            .update()
        == 1;
  }

  private static Map<String, Object> columns(ReferenceItem item) {
    var columns = new HashMap<String, Object>();
    columns.put("list", item.list().name());
    columns.put("code", item.code());
    columns.put("nameVi", item.nameVi());
    columns.put("nameEn", item.nameEn());
    columns.put("nameHe", item.nameHe());
    columns.put("measureVi", item.measureVi());
    columns.put("measureEn", item.measureEn());
    columns.put("measureHe", item.measureHe());
    columns.put("position", item.position());
    columns.put("active", item.active());
    columns.put("version", item.version());
    return columns;
  }
}
