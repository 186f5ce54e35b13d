package vn.dvk.reporting;

import java.util.List;
import vn.dvk.reporting.YearlySummary.UnitRef;

/**
 * A unit's year beside the sum of the units it absorbed, for a base year: a merged province's 2026
 * against its own and its predecessors' 2024 (Lâm Đồng against Bình Thuận + Đắk Nông + Lâm Đồng).
 * Each part is the summary of a unit of the base year, with the tree as it stood then.
 */
public record Comparison(
    UnitRef unit, int year, Figures figures, int baseYear, List<Part> parts, Figures base) {

  /** One unit of the base year and its figures. */
  public record Part(UnitRef unit, Figures figures) {}

  /** The summary's headline figures, which add up over units. */
  public record Figures(
      int registered,
      int registeredNew,
      int registeredContinued,
      int unitsUnderProvince,
      int unitsThatConsidered,
      int recognizedUnderProvince,
      int unitsThatProposed,
      int proposedToProvince,
      int recognizedByProvince,
      int outstanding,
      int replications) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static Figures of(YearlySummary s) {
      return new Figures(
          s.registered().total(),
          s.registered().fresh(),
          s.registered().continued(),
          s.districtLevel().units(),
          s.districtLevel().unitsThatConsidered(),
          s.districtLevel().recognized().total(),
          s.proposalsToProvince().unitsThatProposed(),
          s.proposalsToProvince().proposed().total(),
          s.provinceLevel().recognized().total(),
          s.outstandingModels().size(),
          s.replications().total());
    }

    public Figures plus(Figures o) {
      return new Figures(
          registered + o.registered,
          registeredNew + o.registeredNew,
          registeredContinued + o.registeredContinued,
          unitsUnderProvince + o.unitsUnderProvince,
          unitsThatConsidered + o.unitsThatConsidered,
          recognizedUnderProvince + o.recognizedUnderProvince,
          unitsThatProposed + o.unitsThatProposed,
          proposedToProvince + o.proposedToProvince,
          recognizedByProvince + o.recognizedByProvince,
          outstanding + o.outstanding,
          replications + o.replications);
    }

    /** The figures by name, in the order reports print them. */
    public List<Line> lines() {
      return List.of(
          new Line("registered", registered),
          new Line("registered-new", registeredNew),
          new Line("registered-continued", registeredContinued),
          new Line("units-under-province", unitsUnderProvince),
          new Line("units-considered", unitsThatConsidered),
          new Line("recognized-under-province", recognizedUnderProvince),
          new Line("units-proposed", unitsThatProposed),
          new Line("proposed", proposedToProvince),
          new Line("recognized-by-province", recognizedByProvince),
          new Line("outstanding", outstanding),
          new Line("replications", replications));
    }
  }

  /** A figure's name (a message key's last part) and value. */
  public record Line(String name, int value) {}
}
