package vn.dvk.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvk.models.ModelBulkLoader.BulkModel;
import vn.dvk.models.domain.RegistrationRepository;

/**
 * The registration claims of a bulk load (unit, folded title, year), kept as 64-bit hashes so that
 * a national data set's millions fit in memory. A generated model whose title is already claimed in
 * its unit for one of its years is given the first free ordinal: “… (2)”, “… (3)”.
 */
final class BulkClaims {

  private final Set<Long> taken = new HashSet<>();

  BulkClaims(JdbcTemplate jdbc) {
    jdbc.query(
        "select unit_code, title_key, registration_year from models_registration_claim",
        rs -> {
          taken.add(hash(rs.getString(1), rs.getString(2), rs.getInt(3)));
        });
  }

  /** The batch, with titles made distinct where they would claim a key twice. */
  List<BulkModel> distinct(List<BulkModel> batch) {
    var result = new ArrayList<BulkModel>(batch.size());
    for (var model : batch) {
      var details = model.details();
      var title = details.title();
      for (var ordinal = 2; collides(model, title); ordinal++) {
        title = details.title() + " (" + ordinal + ")";
      }
      for (var registration : model.registrations()) {
        taken.add(hash(details.unitCode(), key(title), registration.year()));
      }
      result.add(
          title.equals(details.title())
              ? model
              : new BulkModel(
                  details.withTitle(title),
                  model.createdBy(),
                  model.createdAt(),
                  model.registrations(),
                  model.reports()));
    }
    return result;
  }

  private boolean collides(BulkModel model, String title) {
    var key = key(title);
    return model.registrations().stream()
        .anyMatch(r -> taken.contains(hash(model.details().unitCode(), key, r.year())));
  }

  private static String key(String title) {
    return RegistrationRepository.titleKey(title);
  }

  /** FNV-1a, 64 bits: a false match only costs a model an ordinal it did not need. */
  private static long hash(String unit, String key, int year) {
    var text = unit + "|" + key + "|" + year;
    long h = 0xcbf29ce484222325L;
    for (var i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
