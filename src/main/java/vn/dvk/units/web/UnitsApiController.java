package vn.dvk.units.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.shared.NotFoundException;
import vn.dvk.units.UnitView;
import vn.dvk.units.UnitVisibility;
import vn.dvk.units.Units;

/** The units the caller may see, as the tree stood on a date. */
@RestController
@RequestMapping("/api/v1/units")
class UnitsApiController {

  private final Units units;
  private final UnitVisibility visibility;

  UnitsApiController(Units units, UnitVisibility visibility) {
    this.units = units;
    this.visibility = visibility;
  }

  record UnitJson(
      String code,
      String name,
      String kind,
      String level,
      String parentCode,
      LocalDate validFrom,
      LocalDate validTo) {

    static UnitJson of(UnitView unit) {
      return new UnitJson(
          unit.code(),
          unit.name(),
          unit.kind().name(),
          unit.level().name(),
          unit.parentCode(),
          unit.validFrom(),
          unit.validTo());
    }
  }

  /**
   * {@code asOf} (default today) picks the tree's date; {@code under} limits the answer to one
   * unit's subtree, which must be in the caller's scope.
   */
  @GetMapping
  List<UnitJson> list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String under) {
    var date = asOf == null ? units.today() : asOf;
    var root = under == null || under.isBlank() ? visibility.homeUnitCode() : under.trim();
    if (!visibility.canSee(root, date)) {
      throw new NotFoundException("units.error.not-found", root);
    }
    return units.subtree(root, date).stream().map(UnitJson::of).toList();
  }

  @GetMapping("/{code}")
  UnitJson one(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    var date = asOf == null ? units.today() : asOf;
    if (!visibility.canSee(code, date)) {
      throw new NotFoundException("units.error.not-found", code);
    }
    return UnitJson.of(units.findOnOrLatest(code, date).orElseThrow());
  }
}
