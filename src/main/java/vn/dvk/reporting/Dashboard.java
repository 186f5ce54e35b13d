package vn.dvk.reporting;

import java.util.List;
import vn.dvk.reporting.YearlySummary.ByUnit;
import vn.dvk.reporting.YearlySummary.UnitRef;

/**
 * The figures the dashboard charts: every year of the program for a unit's subtree, and for one
 * year its district-level units and its fields.
 */
public record Dashboard(
    UnitRef unit,
    int year,
    List<YearFigures> years,
    List<ByUnit> byUnit,
    List<FieldFigure> byField,
    YearlySummary.Structure structure) {

  /** One year's figures. */
  public record YearFigures(
      int year,
      int registered,
      int fresh,
      int continued,
      int collective,
      int individual,
      int districtRecognized,
      int proposed,
      int provinceRecognized) {

    /** The charted figures of a year's summary. */
    public static YearFigures of(YearlySummary s) {
      return new YearFigures(
          s.year(),
          s.registered().total(),
          s.registered().fresh(),
          s.registered().continued(),
          s.registered().collective(),
          s.registered().individual(),
          s.districtLevel().recognized().total(),
          s.proposalsToProvince().proposed().total(),
          s.provinceLevel().recognized().total());
    }
  }

  /** Registrations of a field. */
  public record FieldFigure(String code, String name, int registered) {}
}
