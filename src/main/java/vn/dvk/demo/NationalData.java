package vn.dvk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import vn.dvk.models.ModelBulkLoader.BulkModel;
import vn.dvk.models.ModelBulkLoader.BulkRegistration;
import vn.dvk.models.ModelBulkLoader.BulkReport;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;

/**
 * A country-sized data set in numbered form, for benchmarks: the country, 63 provinces, 11
 * districts each and 15 communes per district (10,395 communes), and any number of models spread
 * over the communes and the years 2021–2024, each with a given number of progress reports.
 */
final class NationalData {

  static final int PROVINCES = 63;
  static final int DISTRICTS_PER_PROVINCE = 11;
  static final int COMMUNES_PER_DISTRICT = 15;
  static final LocalDate VALID_FROM = LocalDate.of(2020, 1, 1);

  private NationalData() {}

  static List<NewUnit> units() {
    var units = new ArrayList<NewUnit>();
    units.add(
        new NewUnit("VN", "Việt Nam", null, UnitKind.NATION, Level.CENTRAL, null, VALID_FROM));
    for (int p = 1; p <= PROVINCES; p++) {
      var province = "P%02d".formatted(p);
      units.add(
          new NewUnit(
              province, "Tỉnh %02d".formatted(p), null, UnitKind.PROVINCE, null, "VN", VALID_FROM));
      for (int d = 1; d <= DISTRICTS_PER_PROVINCE; d++) {
        var district = province + ".D%02d".formatted(d);
        units.add(
            new NewUnit(
                district,
                "Huyện %02d (Tỉnh %02d)".formatted(d, p),
                null,
                UnitKind.DISTRICT,
                null,
                province,
                VALID_FROM));
        for (int c = 1; c <= COMMUNES_PER_DISTRICT; c++) {
          units.add(
              new NewUnit(
                  district + ".C%02d".formatted(c),
                  "Xã %02d (Huyện %02d, Tỉnh %02d)".formatted(c, d, p),
                  null,
                  UnitKind.COMMUNE,
                  null,
                  district,
                  VALID_FROM));
        }
      }
    }
    return units;
  }

  /**
   * {@code count} models, generated one at a time (never all held): each registered in a first year
   * and continued for a random number of the following years, with {@code reportsPerModel} reports
   * spread over its years.
   */
  static Iterator<BulkModel> models(long count, int reportsPerModel) {
    var factory = new ModelFactory(1_000_003);
    var communes = PROVINCES * DISTRICTS_PER_PROVINCE * COMMUNES_PER_DISTRICT;
    return new Iterator<>() {
      private long made;

      @Override
      public boolean hasNext() {
        return made < count;
      }

      @Override
      public BulkModel next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return model(factory, (int) (made++ % communes), reportsPerModel);
      }
    };
  }

  /** A model of the {@code index}th commune, registered from a random year on. */
  private static BulkModel model(ModelFactory factory, int index, int reportsPerModel) {
    var random = factory.random();
    var province = index / (DISTRICTS_PER_PROVINCE * COMMUNES_PER_DISTRICT) + 1;
    var district = index / COMMUNES_PER_DISTRICT % DISTRICTS_PER_PROVINCE + 1;
    var commune = index % COMMUNES_PER_DISTRICT + 1;
    var code = "P%02d.D%02d.C%02d".formatted(province, district, commune);
    var first = 2021 + random.nextInt(4);
    var last = first + random.nextInt(2025 - first);
    var place = "Xã %02d (Huyện %02d)".formatted(commune, district);
    var details = factory.model(code, place, first, random.nextInt(100) < 12);
    return new BulkModel(
        details,
        "generator",
        ModelFactory.at(first, 2, 10),
        registrations(first, last),
        reports(factory, details, first, last, reportsPerModel));
  }

  /** New in the first year, continued every year up to the last, all approved. */
  private static List<BulkRegistration> registrations(int first, int last) {
    var registrations = new ArrayList<BulkRegistration>();
    for (int year = first; year <= last; year++) {
      registrations.add(
          new BulkRegistration(
              year,
              year == first ? RegistrationKind.NEW : RegistrationKind.CONTINUED,
              RegistrationState.IN_PROGRESS,
              "generator",
              "generator",
              ModelFactory.at(year, 3, 20)));
    }
    return registrations;
  }

  /** {@code count} reports spread over the model's years, every other one verified. */
  private static List<BulkReport> reports(
      ModelFactory factory, ModelDetails details, int first, int last, int count) {
    var reports = new ArrayList<BulkReport>();
    for (int i = 0; i < count; i++) {
      var year = first + i % (last - first + 1);
      var report = factory.reports(details, year, true).get(0);
      reports.add(
          new BulkReport(
              report.date().withDayOfMonth(1 + i % 28),
              report.summary(),
              report.values(),
              "generator",
              i % 2 == 0 ? "generator" : null));
    }
    return reports;
  }
}
