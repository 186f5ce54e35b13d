package vn.dvk.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Permission;
import vn.dvk.models.domain.ListExport;
import vn.dvk.models.domain.ListScope;
import vn.dvk.models.domain.ModelAccess;
import vn.dvk.models.domain.ModelSearch;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.Violations;
import vn.dvk.units.UnitReach;
import vn.dvk.units.Units;

/**
 * Lists of the registrations the signed-in user may see: filtered, searched and paged for a page,
 * whole for a spreadsheet, and the ones waiting for their unit's decision. Each year's
 * registrations are listed with the tree of units as it stood that year.
 */
@Service
@Transactional(readOnly = true)
public class ModelLists {

  private final ModelSearch search;
  private final ListExport exports;
  private final ModelAccess access;
  private final Units units;
  private final UnitReach reach;

  ModelLists(
      ModelSearch search, ListExport exports, ModelAccess access, Units units, UnitReach reach) {
    this.search = search;
    this.exports = exports;
    this.access = access;
    this.units = units;
    this.reach = reach;
  }

  /** A filtered, searched page of the registrations the current user may see. */
  public ModelPage find(ModelFilter filter) {
    var user = access.reader();
    var found = search.page(filter, listScope(user, filter), ModelPage.COUNT_LIMIT);
    return new ModelPage(withUnitNames(found.rows()), found.total(), filter.page(), filter.size());
  }

  /**
   * Every registration of a filtered list (all pages), one at a time, for a spreadsheet: memory
   * stays flat whatever the size of the list.
   */
  public void export(ModelFilter filter, Consumer<ModelExportRow> sink) {
    var user = access.reader();
    exports.export(filter, listScope(user, filter), sink);
  }

  /**
   * The registrations of a filtered list (every page, in the list's order), for an action on all of
   * them: refused (422) when more than {@code limit} match.
   */
  public List<Long> registrationIds(ModelFilter filter, int limit) {
    var ids = new ArrayList<Long>();
    var page = 0;
    ModelPage found;
    do {
      found = find(filter.withPage(page++, ModelFilter.MAX_PAGE_SIZE));
      Violations.check()
          .when(found.total() > limit, "ids", "models.bulk.too-many", limit)
          .refuseAny();
      found.rows().forEach(row -> ids.add(row.registrationId()));
    } while (found.hasNext());
    return ids;
  }

  /** What the signed-in user's unit has to decide: registrations sent up by units below it. */
  public List<ModelRow> awaitingDecision(Integer year) {
    var user = access.reader();
    if (!user.can(Permission.MODELS_APPROVE)) {
      return List.of();
    }
    var filter =
        new ModelFilter(
            null,
            year,
            null,
            null,
            null,
            null,
            RegistrationState.SUBMITTED,
            null,
            ModelFilter.Sort.UNIT,
            0,
            ModelFilter.MAX_PAGE_SIZE);
    return find(filter).rows().stream()
        .filter(row -> !row.unitCode().equals(user.unitCode()))
        .toList();
  }

  /**
   * The years a list spans and, for each, the units the user may list under {@code filter.under()}
   * with the tree as it stood that year; a user at the one root of every year's tree, or at the
   * nation above every tree, lists every unit, without the subtrees being read at all.
   */
  private ListScope listScope(CurrentUser user, ModelFilter filter) {
    var root = user.unitCode();
    if (filter.under() != null) {
      if (!access.covers(user, filter.under())) {
        throw new NotFoundException("units.error.not-found", filter.under());
      }
      root = filter.under();
    }
    var asOf = treeDates(filter.year());
    var from = root;
    var national = access.isNational();
    if ((national && root.equals(user.unitCode()))
        || new HashSet<>(asOf.values()).stream().allMatch(date -> units.isWholeTree(from, date))) {
      return ListScope.everyUnit(asOf.keySet());
    }
    var dates = new LinkedHashSet<>(asOf.values());
    var reached = reach.reachedCodes(root, dates);
    // Keep only what is the user's: the unit asked for may have stood elsewhere that year, or have
    // taken in units since that were never theirs.
    var own =
        national || root.equals(user.unitCode())
            ? null
            : reach.reachedCodes(user.unitCode(), dates);
    var result = new LinkedHashMap<Integer, Set<String>>();
    asOf.forEach(
        (year, date) -> {
          var codes = reached.get(date);
          if (own != null) {
            codes = new HashSet<>(codes);
            codes.retainAll(own.get(date));
          }
          result.put(year, codes);
        });
    return ListScope.of(result);
  }

  /**
   * For each year of the list (the one asked for, or every year on record), the date of the tree to
   * read it with: one date for all when no unit changed between the first and the last.
   */
  private Map<Integer, LocalDate> treeDates(Integer year) {
    var years = new ArrayList<Integer>();
    if (year != null) {
      years.add(year);
    } else {
      var range = search.yearRange();
      for (int each = range[0]; each <= range[1] && range[0] > 0; each++) {
        years.add(each);
      }
    }
    var asOf = new LinkedHashMap<Integer, LocalDate>();
    for (var each : years) {
      asOf.put(each, units.asOfYear(each));
    }
    var dates = new TreeSet<>(asOf.values());
    if (!dates.isEmpty() && units.sameTree(dates.first(), dates.last())) {
      // No reorganization in between: the tree of one year is the tree of every year.
      asOf.replaceAll((each, date) -> dates.last());
    }
    return asOf;
  }

  private List<ModelRow> withUnitNames(List<ModelRow> rows) {
    var codes = new HashSet<String>();
    rows.forEach(row -> codes.add(row.unitCode()));
    var names = units.versionsOn(codes, units.today());
    return rows.stream()
        .map(
            row ->
                row.withUnitName(
                    names.containsKey(row.unitCode())
                        ? names.get(row.unitCode()).name()
                        : row.unitCode()))
        .toList();
  }
}
