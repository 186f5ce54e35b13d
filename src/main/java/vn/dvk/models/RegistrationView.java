package vn.dvk.models;

import java.time.Instant;

/** One year's registration of a model. */
public record RegistrationView(
    long id,
    long modelId,
    int year,
    RegistrationKind kind,
    RegistrationState state,
    String reason,
    String submittedBy,
    Instant submittedAt,
    String decidedBy,
    Instant decidedAt,
    int version) {}
