package vn.dvk.programs.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.programs.Programs;
import vn.dvk.programs.ReferenceItem;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.programs.YearPlan;
import vn.dvk.programs.web.ReferenceAdminController.ItemForm;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.RequestRules;
import vn.dvk.shared.web.ApiPage;

/**
 * The reference lists (fields, movements, indicators) and the program's yearly plans: read by
 * anyone signed in (forms and reports name them), kept by administrators as on their pages.
 */
@RestController
@RequestMapping("/api/v1")
class ProgramsApiController {

  private final ReferenceLists lists;
  private final Programs programs;
  private final RequestRules rules;

  ProgramsApiController(ReferenceLists lists, Programs programs, RequestRules rules) {
    this.rules = rules;
    this.lists = lists;
    this.programs = programs;
  }

  /** A plan's deadlines and targets as an administrator changes them ({@code version} as read). */
  record PlanRequest(
      Integer version,
      LocalDate registrationDeadline,
      LocalDate districtRecognitionDeadline,
      LocalDate provinceProposalDeadline,
      Integer targetConsideredPercent,
      Integer targetProposalsPerUnit) {}

  /** {@code field}, {@code movement} or {@code indicator}; inactive items only with {@code all}. */
  @GetMapping("/reference/{list}")
  ApiPage<ReferenceItem> list(
      @PathVariable String list,
      @RequestParam(defaultValue = "false") boolean all,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    var which = ReferenceAdminController.parse(list);
    return ApiPage.slice(all ? lists.all(which) : lists.active(which), page, size);
  }

  @GetMapping("/reference/{list}/{code}")
  ReferenceItem item(@PathVariable String list, @PathVariable String code) {
    return lists.get(ReferenceAdminController.parse(list), code.toUpperCase(Locale.ROOT));
  }

  @PostMapping("/reference/{list}")
  @PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
  ResponseEntity<ReferenceItem> add(
      @PathVariable String list, @RequestBody(required = false) ItemForm form) {
    var which = ReferenceAdminController.parse(list);
    var added = lists.add(form(form).toItem(which));
    return ResponseEntity.created(
            URI.create(
                "/api/v1/reference/" + which.name().toLowerCase(Locale.ROOT) + "/" + added.code()))
        .body(added);
  }

  /** Changes an item's names, position or activity; its code never changes. */
  @PutMapping("/reference/{list}/{code}")
  @PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
  ReferenceItem update(
      @PathVariable String list,
      @PathVariable String code,
      @RequestBody(required = false) ItemForm form) {
    var existing = lists.get(ReferenceAdminController.parse(list), code.toUpperCase(Locale.ROOT));
    return lists.update(form(form).toUpdate(existing));
  }

  @GetMapping("/plans")
  ApiPage<YearPlan> plans(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return ApiPage.slice(programs.plans(), page, size);
  }

  @PostMapping("/plans")
  @PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
  ResponseEntity<YearPlan> addPlan(@RequestBody(required = false) NewPlan request) {
    var r = request == null ? new NewPlan(null, null, null, null, null, null, null) : request;
    var added = programs.add(r.toPlan());
    return ResponseEntity.created(URI.create("/api/v1/plans/" + added.year())).body(added);
  }

  @GetMapping("/plans/{year}")
  YearPlan plan(@PathVariable int year) {
    return programs
        .plan(year)
        .orElseThrow(() -> new NotFoundException("plans.error.not-found", String.valueOf(year)));
  }

  @PutMapping("/plans/{program}/{year}")
  @PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
  YearPlan updatePlan(
      @PathVariable String program,
      @PathVariable int year,
      @RequestBody(required = false) PlanRequest request) {
    var r = request == null ? new PlanRequest(null, null, null, null, null, null) : request;
    return programs.update(
        new YearPlan(
            program,
            null,
            year,
            r.version() == null ? -1 : r.version(),
            r.registrationDeadline(),
            r.districtRecognitionDeadline(),
            r.provinceProposalDeadline(),
            r.targetConsideredPercent() == null ? -1 : r.targetConsideredPercent(),
            r.targetProposalsPerUnit() == null ? -1 : r.targetProposalsPerUnit()));
  }

  /** The body, within its columns' limits (422 naming each field that is not). */
  private ItemForm form(ItemForm form) {
    return form == null
        ? new ItemForm(null, null, null, null, null, null, null, null, null, null)
        : rules.check(form);
  }
}
