package vn.dvk.models.web;

import vn.dvk.models.ModelFilter;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;

/** The query parameters of a list, the same for the page, its export and the API. */
record FilterParams(
    String q,
    Integer year,
    String under,
    String field,
    String movement,
    OwnerKind ownerKind,
    RegistrationState state,
    RegistrationKind kind,
    String sort,
    Integer page,
    Integer size) {

  ModelFilter toFilter() {
    return new ModelFilter(
        q,
        year,
        under,
        field,
        movement,
        ownerKind,
        state,
        kind,
        ModelFilter.Sort.parse(sort),
        page == null ? 0 : page,
        size == null ? 20 : size);
  }
}
