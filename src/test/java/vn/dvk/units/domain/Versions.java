package vn.dvk.units.domain;

import java.time.LocalDate;
import vn.dvk.units.Level;
import vn.dvk.units.UnitChange;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;

/** A small builder of unit versions for the domain tests. */
final class Versions {

  static final LocalDate START = LocalDate.of(2020, 1, 1);

  private String code;
  private String name;
  private UnitKind kind = UnitKind.COMMUNE;
  private Level level = Level.GRASSROOTS;
  private String parent;
  private LocalDate from = START;
  private LocalDate to;

  static Versions unit(String code) {
    var builder = new Versions();
    builder.code = code;
    builder.name = "Đơn vị " + code;
    return builder;
  }

  static UnitView province(String code) {
    return unit(code).kind(UnitKind.PROVINCE, Level.PROVINCE).build();
  }

  static UnitView district(String code, String parent) {
    return unit(code).kind(UnitKind.DISTRICT, Level.DISTRICT).under(parent).build();
  }

  static UnitView commune(String code, String parent) {
    return unit(code).under(parent).build();
  }

  Versions kind(UnitKind kind, Level level) {
    this.kind = kind;
    this.level = level;
    return this;
  }

  Versions under(String parent) {
    this.parent = parent;
    return this;
  }

  Versions valid(LocalDate from, LocalDate to) {
    this.from = from;
    this.to = to;
    return this;
  }

  UnitView build() {
    return new UnitView(code, name, null, kind, level, parent, from, to, UnitChange.CREATED, null);
  }
}
