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
    RegistrationState state) {

  /** The same row, with the name its unit goes by. */
  public ModelRow withUnitName(String name) {
    return new ModelRow(
        modelId,
        registrationId,
        title,
        unitCode,
        name,
        ownerKind,
        personName,
        fieldCode,
        year,
        kind,
        state);
  }
}
