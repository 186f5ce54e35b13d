package vn.dvk.units.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.TextFolding;
import vn.dvk.shared.web.ApiInput;
import vn.dvk.shared.web.ApiPage;
import vn.dvk.units.Level;
import vn.dvk.units.Succession;
import vn.dvk.units.UnitChange;
import vn.dvk.units.UnitView;
import vn.dvk.units.UnitVisibility;
import vn.dvk.units.Units;
import vn.dvk.units.web.UnitForms.MergeForm;
import vn.dvk.units.web.UnitForms.MoveForm;
import vn.dvk.units.web.UnitForms.NewUnitForm;
import vn.dvk.units.web.UnitForms.RenameForm;

/**
 * The units the caller may see, as the tree stood on a date, and the administrator's changes (the
 * same forms, rules and scope as the unit pages).
 */
@RestController
@RequestMapping("/api/v1/units")
class UnitsApiController {

  private final Units units;
  private final UnitVisibility visibility;
  private final UnitCommands commands;
  private final ApiInput input;

  UnitsApiController(
      Units units, UnitVisibility visibility, UnitCommands commands, ApiInput input) {
    this.units = units;
    this.visibility = visibility;
    this.commands = commands;
    this.input = input;
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

  /** A unit with the units below it. */
  record TreeJson(UnitJson unit, List<TreeJson> children) {

    static TreeJson of(UnitTreeNode node) {
      return new TreeJson(
          UnitJson.of(node.unit()), node.children().stream().map(TreeJson::of).toList());
    }
  }

  /** One version of a unit: what opened it (created, renamed, moved) and what it was before. */
  record VersionJson(UnitJson unit, UnitChange change, String changeNote) {}

  record HistoryJson(String code, List<VersionJson> versions, List<Succession> successions) {}

  /**
   * {@code asOf} (default today) picks the tree's date; {@code under} limits the answer to one
   * unit's subtree, which must be in the caller's scope; {@code parent} to the units directly below
   * one; {@code level} to one level; {@code q} to names holding every word of it (case and
   * diacritics aside).
   */
  @GetMapping
  ApiPage<UnitJson> list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String under,
      @RequestParam(required = false) String parent,
      @RequestParam(required = false) Level level,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    var date = asOf == null ? units.today() : asOf;
    var root = under == null || under.isBlank() ? visibility.homeUnitCode() : under.trim();
    commands.require(root, date);
    var parentCode =
        parent == null || parent.isBlank() ? null : commands.require(parent, date).code();
    var words = q == null || q.isBlank() ? List.<String>of() : List.of(fold(q).split(" +"));
    var matching =
        units.subtree(root, date).stream()
            .filter(u -> parentCode == null || parentCode.equals(u.parentCode()))
            .filter(u -> level == null || u.level() == level)
            .filter(u -> words.stream().allMatch(fold(u.name() + " " + u.shortName())::contains))
            .map(UnitJson::of)
            .toList();
    return ApiPage.slice(matching, page, size);
  }

  @GetMapping("/{code}")
  UnitJson one(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    return UnitJson.of(commands.require(code, asOf));
  }

  /** The units directly below, in the order of official lists. */
  @GetMapping("/{code}/children")
  ApiPage<UnitJson> children(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    var date = asOf == null ? units.today() : asOf;
    var unit = commands.require(code, date);
    return ApiPage.slice(
        units.children(unit.code(), date).stream().map(UnitJson::of).toList(), page, size);
  }

  /** The whole subtree below a unit, nested, as the units page draws it. */
  @GetMapping("/{code}/tree")
  TreeJson tree(
      @PathVariable String code,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    var date = asOf == null ? units.today() : asOf;
    var unit = commands.require(code, date);
    var tree = UnitTreeNode.of(unit.code(), units.subtree(unit.code(), date));
    if (tree == null) {
      // The unit did not exist on that date: no tree stood below it.
      throw new NotFoundException("units.error.not-found", unit.code());
    }
    return TreeJson.of(tree);
  }

  /** Every version of the unit, oldest first, and the mergers it took part in. */
  @GetMapping("/{code}/history")
  HistoryJson history(@PathVariable String code) {
    var unit = commands.require(code, null);
    return new HistoryJson(
        unit.code(),
        units.history(unit.code()).stream()
            .map(v -> new VersionJson(UnitJson.of(v), v.change(), v.changeNote()))
            .toList(),
        units.successions(unit.code()));
  }

  @PostMapping
  @PreAuthorize("hasAuthority('UNITS_MANAGE')")
  ResponseEntity<UnitJson> create(@RequestBody(required = false) NewUnitForm form) {
    var created = commands.create(input.valid(form));
    return ResponseEntity.created(URI.create("/api/v1/units/" + created.code()))
        .body(UnitJson.of(created));
  }

  @PostMapping("/{code}/rename")
  @PreAuthorize("hasAuthority('UNITS_MANAGE')")
  UnitJson rename(@PathVariable String code, @RequestBody(required = false) RenameForm form) {
    commands.require(code, null);
    return UnitJson.of(commands.rename(code, input.valid(form)));
  }

  @PostMapping("/{code}/move")
  @PreAuthorize("hasAuthority('UNITS_MANAGE')")
  UnitJson move(@PathVariable String code, @RequestBody(required = false) MoveForm form) {
    commands.require(code, null);
    return UnitJson.of(commands.move(code, input.valid(form)));
  }

  /** Merges the unit into {@code targetCode}; answers the target. */
  @PostMapping("/{code}/merge")
  @PreAuthorize("hasAuthority('UNITS_MANAGE')")
  UnitJson merge(@PathVariable String code, @RequestBody(required = false) MergeForm form) {
    commands.require(code, null);
    return UnitJson.of(commands.merge(code, input.valid(form)));
  }

  private static String fold(String text) {
    return TextFolding.fold(text).trim();
  }
}
