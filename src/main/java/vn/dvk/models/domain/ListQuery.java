package vn.dvk.models.domain;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import vn.dvk.models.ModelFilter;

/**
 * The where clause of a list (over {@code models_registration r} joined to {@code models_model m})
 * and its parameters: the reader's scope, each year with its units, and the filter.
 */
final class ListQuery {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /**
   * @param wordIndex whether the database has the word index ({@code search_words}, PostgreSQL)
   */
  ListQuery(ModelFilter filter, ListScope scope, boolean wordIndex) {
    scope(scope);
    filter(filter);
    if (filter.q() != null) {
      words(ModelSearch.words(filter.q()), wordIndex);
    }
  }

  private void scope(ListScope scope) {
    conditions.add("r.registration_year in (" + inList(scope.years()) + ")");
    if (scope.everyUnit()) {
      return; // The whole tree every year: no condition on units at all.
    }
    // Each tree with the years it stood: “= any(array)” is hashed by PostgreSQL, which knows the
    // array's size when it plans; a pair of year and unit tested against a subquery of pairs is
    // read again for every row by H2.
    var groups = scope.yearsByUnits();
    var tests = new ArrayList<String>();
    for (var group : groups.entrySet()) {
      var name = "units" + tests.size();
      parameters.put(name, group.getKey().toArray(String[]::new));
      var units = "m.unit_code = any(cast(:" + name + " as varchar array))";
      tests.add(
          groups.size() == 1
              ? units
              : "(r.registration_year in (" + inList(group.getValue()) + ") and " + units + ")");
    }
    conditions.add(tests.size() == 1 ? tests.get(0) : "(" + String.join(" or ", tests) + ")");
  }

  private static String inList(Collection<Integer> years) {
    return String.join(", ", years.stream().map(String::valueOf).toList());
  }

  private void filter(ModelFilter filter) {
    if (filter.year() != null) {
      add("r.registration_year = :year", "year", filter.year());
    }
    if (filter.field() != null) {
      add("m.field_code = :field", "field", filter.field());
    }
    if (filter.ownerKind() != null) {
      add("m.owner_kind = :ownerKind", "ownerKind", filter.ownerKind().name());
    }
    if (filter.state() != null) {
      add("r.state = :state", "state", filter.state().name());
    }
    if (filter.kind() != null) {
      add("r.kind = :kind", "kind", filter.kind().name());
    }
    if (filter.movement() != null) {
      add(
          "exists (select 1 from models_model_movement mm where mm.model_id = m.id"
              + " and mm.movement_code = :movement)",
          "movement",
          filter.movement());
    }
  }

  private void words(String[] words, boolean wordIndex) {
    if (words.length == 0) {
      // Nothing but punctuation: no condition.
    } else if (wordIndex) {
      add("m.search_words @@ to_tsquery('simple', :words)", "words", tsQuery(words));
    } else {
      for (int i = 0; i < words.length; i++) {
        add(
            "(' ' || m.search_text || ' ') like :word" + i,
            "word" + i,
            "% " + escapeLike(words[i]) + (ModelSearch.isPrefix(words, i) ? "%" : " %"));
      }
    }
  }

  /** {@code 'dan' & 'van' & 'kheo':*}: every word, the last one also as a prefix. */
  private static String tsQuery(String[] words) {
    var terms = new ArrayList<String>();
    for (int i = 0; i < words.length; i++) {
      terms.add(
          "'" + words[i].replace("'", "''") + "'" + (ModelSearch.isPrefix(words, i) ? ":*" : ""));
    }
    return String.join(" & ", terms);
  }

  private void add(String condition, String name, Object value) {
    conditions.add(condition);
    parameters.put(name, value);
  }

  String where() {
    return String.join(" and ", conditions);
  }

  /** The statement with this query's parameters bound. */
  JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
    for (var parameter : parameters.entrySet()) {
      spec = spec.param(parameter.getKey(), parameter.getValue());
    }
    return spec;
  }

  /** Whether the database has the word index: PostgreSQL's full-text search over the words. */
  static boolean hasWordIndex(DataSource dataSource) {
    try {
      return "PostgreSQL"
          .equals(
              JdbcUtils.extractDatabaseMetaData(
                  dataSource, DatabaseMetaData::getDatabaseProductName));
    } catch (MetaDataAccessException unreadable) {
      return false;
    }
  }

  private static String escapeLike(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
