package vn.dvk.models;

/**
 * A model's registration of a year moved to another state: what shows the model elsewhere (the
 * public showcase hides withdrawn models) must read it again.
 */
public record RegistrationMoved(long modelId, int year, RegistrationState state) {}
