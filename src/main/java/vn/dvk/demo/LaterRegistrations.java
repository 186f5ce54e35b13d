package vn.dvk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import vn.dvk.models.ModelBulkLoader.BulkModel;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;

/**
 * The registrations of 2025 and 2026: new models of the year, approved in February and March, and
 * models approved the year before continued into the year. A model keeps its unit across the
 * reform: a model of an old commune continues under that commune's code. Each province's are drawn
 * from a random source of their own, so that Bình Thuận's earlier years stay as they were.
 */
final class LaterRegistrations {

  /** Reports after this day would be in the future of the demo's clock. */
  private static final LocalDate LAST_REPORT = LocalDate.of(2026, 11, 30);

  private final ModelFactory factory;

  LaterRegistrations(long seed) {
    this.factory = new ModelFactory(seed);
  }

  /**
   * {@code count} of the models approved in {@code year - 1}, drawn at random, continued into the
   * year; two models of one unit with the same title are never both continued (a title is claimed
   * once a year in a unit).
   */
  void continueInto(List<BulkModel> models, int year, int count) {
    var candidates = new ArrayList<>(models.stream().filter(m -> approvedIn(m, year - 1)).toList());
    Collections.shuffle(candidates, factory.random());
    var claimed = new HashSet<String>();
    var continued = 0;
    for (var model : candidates) {
      if (continued == count) {
        break;
      }
      if (claimed.add(model.details().unitCode() + "|" + model.details().title())) {
        model.registrations().add(DemoModels.approved(year, RegistrationKind.CONTINUED));
        continued++;
      }
    }
  }

  /**
   * {@code count} new models of the year, each owned by a commune-level unit, an agency or a
   * district-level unit of {@code units} drawn at random, with their progress reports so far.
   */
  List<BulkModel> fresh(List<NewUnit> units, int year, int count) {
    var owners =
        units.stream()
            .filter(u -> u.level() == Level.GRASSROOTS || u.kind().isDistrictLevelPartyCommittee())
            .toList();
    var random = factory.random();
    var models = new ArrayList<BulkModel>();
    for (int i = 0; i < count; i++) {
      var unit = owners.get(random.nextInt(owners.size()));
      var details =
          factory.model(unit.code(), DemoModels.shortName(unit), year, random.nextInt(100) < 12);
      var reports =
          factory.reports(details, year, true).stream()
              .filter(r -> !r.date().isAfter(LAST_REPORT))
              .toList();
      models.add(
          new BulkModel(
              details,
              "demo",
              ModelFactory.at(year, 2, 10),
              new ArrayList<>(List.of(DemoModels.approved(year, RegistrationKind.NEW))),
              reports));
    }
    return models;
  }

  private static boolean approvedIn(BulkModel model, int year) {
    return model.registrations().stream()
        .anyMatch(r -> r.year() == year && r.state() == RegistrationState.IN_PROGRESS);
  }
}
