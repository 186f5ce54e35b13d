package vn.dvk.models;

/** A year's registration of a model: new that year, or continued from an earlier year. */
public enum RegistrationKind {
  NEW,
  CONTINUED
}
