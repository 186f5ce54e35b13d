package vn.dvk.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import vn.dvk.reporting.YearlySummary.UnitRef;

/**
 * The yearly figures of the movement in the province, as published: counts only, no names of
 * people. The field names are the open data's and stay stable.
 */
public record PublicFigures(UnitRef unit, List<Year> years) {

  /** One year's figures. */
  public record Year(
      int year,
      int registered,
      @JsonProperty("new") int fresh,
      int continued,
      int districtLevelUnits,
      int districtLevelUnitsThatConsidered,
      int recognizedAtDistrictLevel,
      int proposedToProvince,
      int recognizedAtProvinceLevel,
      int outstanding,
      int replications) {

    /** The published figures of a year: the sum of its summaries (one per province then). */
    public static Year sum(int year, List<YearlySummary> summaries) {
      return summaries.stream()
          .map(Year::of)
          .reduce(new Year(year, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Year::plus);
    }

    private Year plus(Year o) {
      return new Year(
          year,
          registered + o.registered,
          fresh + o.fresh,
          continued + o.continued,
          districtLevelUnits + o.districtLevelUnits,
          districtLevelUnitsThatConsidered + o.districtLevelUnitsThatConsidered,
          recognizedAtDistrictLevel + o.recognizedAtDistrictLevel,
          proposedToProvince + o.proposedToProvince,
          recognizedAtProvinceLevel + o.recognizedAtProvinceLevel,
          outstanding + o.outstanding,
          replications + o.replications);
    }

    /** The published figures of a year's summary. */
    public static Year of(YearlySummary s) {
      return new Year(
          s.year(),
          s.registered().total(),
          s.registered().fresh(),
          s.registered().continued(),
          s.districtLevel().units(),
          s.districtLevel().unitsThatConsidered(),
          s.districtLevel().recognized().total(),
          s.proposalsToProvince().proposed().total(),
          s.provinceLevel().recognized().total(),
          s.outstandingModels().size(),
          s.replications().total());
    }
  }
}
