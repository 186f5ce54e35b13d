package vn.dvk.models;

/** One line of a list: a model's registration for one year. */
public record ModelRow(
    long modelId,
    long registrationId,
    String title,
    String unitCode,
    String unitName,
    OwnerKind ownerKind,
    String personName,
    String fieldCode,
    int year,
    RegistrationKind kind,
    RegistrationState state) {}
