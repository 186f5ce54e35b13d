package vn.dvk.models;

/** What lists and documents of other modules show of a model. */
public record ModelSummary(
    long id,
    String title,
    OwnerKind ownerKind,
    String personName,
    String personPosition,
    String unitCode,
    String fieldCode) {}
