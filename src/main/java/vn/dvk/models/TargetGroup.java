package vn.dvk.models;

/** The people a model is meant for (đối tượng), beside the free description of beneficiaries. */
public enum TargetGroup {
  ETHNIC_MINORITIES,
  RELIGIOUS_COMMUNITIES,
  POOR_HOUSEHOLDS,
  FARMERS,
  WORKERS,
  WOMEN,
  YOUTH_AND_CHILDREN,
  ELDERLY,
  VETERANS,
  BUSINESSES,
  RESIDENTS
}
