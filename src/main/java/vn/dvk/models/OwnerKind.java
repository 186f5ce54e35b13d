package vn.dvk.models;

/** Who carries a model: a collective (tập thể) or an individual (cá nhân). */
public enum OwnerKind {
  COLLECTIVE,
  INDIVIDUAL
}
