package vn.dvk.models.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.dvk.models.ModelFilter;

/**
 * What an empty list could drop to find something: each filter it uses, named by its label, with
 * the list's query without it — and, when there are several, without any.
 */
final class Relaxations {

  /** A filter to drop: its label's key, and the query of the list without it. */
  record Relaxation(String labelKey, String query) {}

  private record Filter(String name, String labelKey, Function<ModelFilter, Object> value) {}

  private static final List<Filter> FILTERS =
      List.of(
          new Filter("q", "models.search", ModelFilter::q),
          new Filter("year", "models.year", ModelFilter::year),
          new Filter("under", "models.unit", ModelFilter::under),
          new Filter("field", "models.field", ModelFilter::field),
          new Filter("state", "models.state", ModelFilter::state),
          new Filter("movement", "models.movement", ModelFilter::movement),
          new Filter("ownerKind", "models.owner-kind", ModelFilter::ownerKind),
          new Filter("kind", "models.kind", ModelFilter::kind));

  private Relaxations() {}

  static List<Relaxation> of(ModelFilter filter) {
    var used = FILTERS.stream().filter(f -> f.value().apply(filter) != null).toList();
    var offers = new ArrayList<Relaxation>();
    for (var f : used) {
      offers.add(
          new Relaxation(
              f.labelKey(), ModelsController.query(without(filter, List.of(f.name())), null)));
    }
    if (used.size() > 1) {
      var all = used.stream().map(Filter::name).toList();
      offers.add(
          new Relaxation("models.filters.all", ModelsController.query(without(filter, all), null)));
    }
    return offers;
  }

  /** The filter without these, from its first page. */
  private static ModelFilter without(ModelFilter f, List<String> names) {
    return new ModelFilter(
        names.contains("q") ? null : f.q(),
        names.contains("year") ? null : f.year(),
        names.contains("under") ? null : f.under(),
        names.contains("field") ? null : f.field(),
        names.contains("movement") ? null : f.movement(),
        names.contains("ownerKind") ? null : f.ownerKind(),
        names.contains("state") ? null : f.state(),
        names.contains("kind") ? null : f.kind(),
        f.sort(),
        0,
        f.size());
  }
}
