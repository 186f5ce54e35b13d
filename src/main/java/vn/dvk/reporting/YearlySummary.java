package vn.dvk.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collection;
import java.util.List;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;

/**
 * How the movement went in one year in one unit's subtree, every figure counted from the data with
 * the tree as it stood that year (so later merges and renames change nothing).
 */
public record YearlySummary(
    int year,
    UnitRef unit,
    Registered registered,
    DistrictLevel districtLevel,
    ProposalsToProvince proposalsToProvince,
    ProvinceLevel provinceLevel,
    List<ByUnit> byUnit,
    List<OutstandingModel> outstandingModels,
    Replications replications,
    UnitsUnderProvince unitsUnderProvince) {

  /**
   * The structure of the year's tree below the province: district-level party committees (until 30
   * June 2025), or communes directly under the province (two-level local government, since 1 July
   * 2025).
   */
  @Schema(description = "DISTRICT_LEVEL before the 2025 reform, COMMUNE_LEVEL after it")
  public enum Structure {
    DISTRICT_LEVEL,
    COMMUNE_LEVEL;

    /** The message worded for the structure: {@code key}, or its {@code .commune-level} variant. */
    public String key(String key) {
      return this == COMMUNE_LEVEL ? key + ".commune-level" : key;
    }
  }

  /**
   * The units directly under the province that recognize models, in the year's tree, and how many
   * of them considered and proposed: the same units {@code districtLevel} and {@code byUnit} count,
   * named by structure. Under {@code DISTRICT_LEVEL} they are the district-level party committees;
   * under {@code COMMUNE_LEVEL} the communes, wards and special zones directly under the province
   * and the party committees directly under it. {@code kinds} lists the kinds counted that year.
   */
  @Schema(
      description =
          "The units directly under the province that recognize models, in the year's tree, and"
              + " how many considered and proposed: the units districtLevel and byUnit count."
              + " structure DISTRICT_LEVEL (until 30 June 2025): the district-level party"
              + " committees. COMMUNE_LEVEL (two-level local government, since 1 July 2025): the"
              + " communes, wards and special zones directly under the province and the party"
              + " committees directly under it. kinds lists the unit kinds counted that year.")
  public record UnitsUnderProvince(
      Structure structure,
      List<UnitKind> kinds,
      int units,
      int unitsThatConsidered,
      int unitsThatProposed) {}

  /** A unit by code and its name that year. */
  public record UnitRef(String code, String name) {

    public static UnitRef of(UnitView unit) {
      return new UnitRef(unit.code(), unit.shortName());
    }
  }

  /** Counts split by owner kind. */
  public record Split(int total, int collective, int individual) {

    public static final Split NONE = new Split(0, 0, 0);

    public static Split of(int collective, int individual) {
      return new Split(collective + individual, collective, individual);
    }

    /** {@code count} of one owner kind ({@code INDIVIDUAL}; any other is collective). */
    public static Split ofOwner(String ownerKind, int count) {
      return "INDIVIDUAL".equals(ownerKind) ? of(0, count) : of(count, 0);
    }

    public Split plus(Split other) {
      return of(collective + other.collective, individual + other.individual);
    }

    public static Split sum(Collection<Split> splits) {
      return splits.stream().reduce(NONE, Split::plus);
    }
  }

  /**
   * The year's approved registrations (new and continued) of the units at or below district level
   * in the subtree.
   */
  public record Registered(
      int total, @JsonProperty("new") int fresh, int continued, int collective, int individual) {}

  /**
   * The district-level units (districts, towns, the city, the party committees under the province)
   * and how many held a consideration at their level that year (a round whose council met, even if
   * it recognized none), and what they recognized.
   */
  public record DistrictLevel(
      int units, int unitsThatConsidered, List<UnitRef> unitsNotConsidered, Split recognized) {}

  /** The district-level units' proposals to the province's round of the year. */
  public record ProposalsToProvince(
      int unitsThatProposed, List<UnitRef> unitsThatDidNotPropose, Split proposed) {}

  /** What the province recognized that year, of the subtree's models. */
  public record ProvinceLevel(Split recognized) {}

  /** One district-level unit's figures. */
  public record ByUnit(UnitRef unit, int registered, int recognized, int proposed) {}

  /** A model the province's decision named outstanding. */
  public record OutstandingModel(long id, String title, UnitRef unit) {}

  /**
   * The models learned that year from recognized ones (copies whose registration of the year was
   * approved), in the subtree: how many, from how many sources, in how many units; by source model
   * (most copied first) and by district-level unit.
   */
  public record Replications(
      int total,
      int sources,
      int learningUnits,
      List<ReplicatedModel> byModel,
      List<UnitReplications> byUnit) {}

  /** A source model and how many copies of it the year's registrations count. */
  public record ReplicatedModel(long id, String title, UnitRef unit, int copies) {}

  /** A district-level unit and the copies registered in it that year. */
  public record UnitReplications(UnitRef unit, int copies) {}
}
