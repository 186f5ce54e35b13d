package vn.dvk.programs;

import java.time.LocalDate;

/**
 * One year of a program: its deadlines (registration; recognition at district level; proposals to
 * the province) and its targets (the share of district-level units that consider recognition at
 * their own level; the proposals each of them sends to the province, at least).
 */
public record YearPlan(
    String programCode,
    String programName,
    int year,
    int version,
    LocalDate registrationDeadline,
    LocalDate districtRecognitionDeadline,
    LocalDate provinceProposalDeadline,
    int targetConsideredPercent,
    int targetProposalsPerUnit) {}
