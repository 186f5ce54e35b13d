package vn.dvk.models.web;

import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dvk.audit.AuditEntry;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.Permission;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelAttachments;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelLists;
import vn.dvk.models.ModelPage;
import vn.dvk.models.ModelStanding;
import vn.dvk.models.ProgressReports;
import vn.dvk.models.Registrations;
import vn.dvk.shared.MovementTime;
import vn.dvk.units.UnitReach;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/** The list of registrations (filters, search, sorting, paging) and a model's page. */
@Controller
class ModelsController {

  private final MobilizationModels models;
  private final Registrations registrations;
  private final ModelLists lists;
  private final ReferenceData references;
  private final Units units;
  private final UnitReach reach;
  private final Scope scope;
  private final AuditLog audit;
  private final ProgressReports progress;
  private final ModelAttachments attachments;
  private final List<ModelStanding> standings;

  ModelsController(
      MobilizationModels models,
      Registrations registrations,
      ModelLists lists,
      ReferenceData references,
      Units units,
      UnitReach reach,
      Scope scope,
      AuditLog audit,
      ProgressReports progress,
      ModelAttachments attachments,
      List<ModelStanding> standings) {
    this.models = models;
    this.registrations = registrations;
    this.lists = lists;
    this.references = references;
    this.units = units;
    this.reach = reach;
    this.scope = scope;
    this.audit = audit;
    this.progress = progress;
    this.attachments = attachments;
    this.standings = standings;
  }

  @GetMapping("/models")
  String list(
      @ModelAttribute FilterParams params,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    var filter = params.toFilter();
    var result = lists.find(filter);
    model.addAttribute("filter", filter);
    model.addAttribute("result", result);
    model.addAttribute("countLimit", ModelPage.COUNT_LIMIT);
    model.addAttribute("query", query(filter, null));
    model.addAttribute(
        "previousPage", result.hasPrevious() ? query(filter, filter.page() - 1) : null);
    model.addAttribute("nextPage", result.hasNext() ? query(filter, filter.page() + 1) : null);
    model.addAttribute("relaxations", result.rows().isEmpty() ? Relaxations.of(filter) : List.of());
    references.addTo(model);
    if (htmx != null) {
      return "models/list :: results";
    }
    model.addAttribute("years", years());
    model.addAttribute("unitChoices", unitChoices(filter.year()));
    return "models/list";
  }

  @GetMapping("/models/{id}")
  String detail(@PathVariable long id, Model model) {
    var found = models.get(id);
    model.addAttribute("model", found);
    model.addAttribute(
        "standing",
        standings.stream().flatMap(s -> s.highest(id).stream()).findFirst().orElse(null));
    model.addAttribute("allowed", registrations.allowedActions(found));
    var reports = progress.of(id);
    model.addAttribute("reports", reports);
    model.addAttribute("progress", ProgressReports.against(found, reports));
    model.addAttribute("attachments", attachments.of(id));
    model.addAttribute("maxAttachmentMb", attachments.maxSize().toMegabytes());
    model.addAttribute("today", units.today());
    var me = scope.requireUser();
    model.addAttribute(
        "mayVerify",
        me.can(Permission.RESULTS_VERIFY)
            && !me.unitCode().equals(found.unitCode())
            && scope.covers(me.unitCode(), found.unitCode(), units.today()));
    var unit = units.findOnOrLatest(found.unitCode(), units.today()).orElse(null);
    model.addAttribute("unit", unit);
    model.addAttribute(
        "unitNow",
        unit == null || unit.isCurrent()
            ? null
            : reach.standingSuccessor(unit.code()).orElse(null));
    var history = new ArrayList<HistoryLine>();
    for (var entry : audit.history("MODEL", String.valueOf(id))) {
      history.add(
          0,
          new HistoryLine(
              LocalDateTime.ofInstant(entry.occurredAt(), ZoneId.systemDefault()), entry));
    }
    model.addAttribute("history", history);
    model.addAttribute(
        "nextYear", nextYear(found.latestRegistration().map(r -> r.year()).orElse(0)));
    references.addTo(model);
    return "models/detail";
  }

  /** An entry of the model's history, with its time in the server's time zone. */
  record HistoryLine(LocalDateTime at, AuditEntry entry) {}

  /** The filter as a query string (for paging links and the spreadsheet export). */
  static String query(ModelFilter filter, Integer page) {
    var uri = UriComponentsBuilder.newInstance();
    add(uri, "q", filter.q());
    add(uri, "year", filter.year());
    add(uri, "under", filter.under());
    add(uri, "field", filter.field());
    add(uri, "movement", filter.movement());
    add(uri, "ownerKind", filter.ownerKind());
    add(uri, "state", filter.state());
    add(uri, "kind", filter.kind());
    if (filter.sort() != ModelFilter.Sort.RECENT) {
      add(uri, "sort", filter.sort().name().toLowerCase(Locale.ROOT));
    }
    if (filter.size() != 20) {
      add(uri, "size", filter.size());
    }
    add(uri, "page", page);
    var query = uri.encode().build().getQuery();
    return query == null ? "" : query;
  }

  private static void add(UriComponentsBuilder uri, String name, Object value) {
    if (value != null) {
      uri.queryParam(name, value);
    }
  }

  private static int nextYear(int latest) {
    return Math.max(latest + 1, Year.now(MovementTime.ZONE).getValue() - 1);
  }

  private List<Integer> years() {
    var years = new ArrayList<Integer>();
    for (int y = Year.now(MovementTime.ZONE).getValue() + 1; y >= 2021; y--) {
      years.add(y);
    }
    return years;
  }

  /**
   * For the “unit” filter, with the tree of the year chosen (today's without one): the reader's
   * unit, the units directly below it, and the tops of the trees since merged into it (Bình Thuận
   * and its districts for the new Lâm Đồng's 2023).
   */
  private List<UnitView> unitChoices(Integer year) {
    var me = scope.requireUser().unitCode();
    var day = year == null ? units.today() : units.asOfYear(year);
    var reach = scope.visibleUnits(day);
    var codes = new java.util.HashSet<String>();
    reach.forEach(u -> codes.add(u.code()));
    var tops =
        reach.stream()
            .filter(u -> u.parentCode() == null || !codes.contains(u.parentCode()))
            .map(UnitView::code)
            .collect(java.util.stream.Collectors.toSet());
    var choices = new ArrayList<UnitView>();
    reach.stream().filter(u -> u.code().equals(me)).forEach(choices::add);
    reach.stream()
        .filter(u -> !u.code().equals(me))
        .filter(
            u ->
                tops.contains(u.code())
                    || me.equals(u.parentCode())
                    || tops.contains(u.parentCode()))
        .sorted(UnitView.OFFICIAL_ORDER)
        .forEach(choices::add);
    return choices;
  }
}
