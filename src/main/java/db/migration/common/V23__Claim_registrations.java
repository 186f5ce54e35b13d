package db.migration.common;

import java.sql.SQLException;
import java.util.HashSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.dvk.models.domain.RegistrationRepository;

/**
 * What identifies a registration: a unit registers a model of one title (folded: case, diacritics
 * and punctuation aside) once a year. Each registration claims its unit, folded title and year in
 * {@code models_registration_claim}, whose primary key refuses a second claim, whichever instance
 * or transaction makes it. Registrations made before this migration claim their keys in id order; a
 * later one that repeats a key is left without a claim (it stays as it was, and only new
 * registrations are refused).
 */
public class V23__Claim_registrations extends BaseJavaMigration {

  private static final int BATCH = 1_000;

  @Override
  public void migrate(Context context) throws SQLException {
    var connection = context.getConnection();
    try (var create = connection.createStatement()) {
      create.execute(
          """
          create table models_registration_claim (
              unit_code         varchar(40)  not null,
              title_key         varchar(500) not null,
              registration_year integer      not null,
              model_id          bigint       not null references models_model (id),
              primary key (unit_code, title_key, registration_year)
          )
          """);
      create.execute(
          "create index models_registration_claim_model_idx on models_registration_claim"
              + " (model_id)");
    }
    try (var read = connection.createStatement();
        var insert =
            connection.prepareStatement(
                "insert into models_registration_claim"
                    + " (unit_code, title_key, registration_year, model_id) values (?, ?, ?, ?)")) {
      read.setFetchSize(BATCH);
      var rows =
          read.executeQuery(
              "select m.unit_code, m.title, r.registration_year, m.id"
                  + " from models_registration r join models_model m on m.id = r.model_id"
                  + " order by m.unit_code, r.registration_year, r.id");
      var group = "";
      var claimed = new HashSet<String>();
      var pending = 0;
      while (rows.next()) {
        var unit = rows.getString(1);
        var year = rows.getInt(3);
        if (!group.equals(unit + "|" + year)) {
          group = unit + "|" + year;
          claimed.clear();
        }
        var key = RegistrationRepository.titleKey(rows.getString(2));
        if (claimed.add(key)) {
          insert.setString(1, unit);
          insert.setString(2, key);
          insert.setInt(3, year);
          insert.setLong(4, rows.getLong(4));
          insert.addBatch();
          if (++pending % BATCH == 0) {
            insert.executeBatch();
          }
        }
      }
      insert.executeBatch();
    }
  }
}
