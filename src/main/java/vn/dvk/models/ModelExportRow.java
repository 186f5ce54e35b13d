package vn.dvk.models;

import java.time.LocalDate;

/** One line of a spreadsheet export: a registration with the model's main facts. */
public record ModelExportRow(
    long modelId,
    int year,
    RegistrationKind kind,
    RegistrationState state,
    String title,
    OwnerKind ownerKind,
    String personName,
    String personPosition,
    String unitCode,
    String fieldCode,
    String movementCodes,
    LocalDate startDate,
    LocalDate evaluationDate,
    Long fundsVnd,
    Long contributionVnd,
    Integer workingDays) {}
