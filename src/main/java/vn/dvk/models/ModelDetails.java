package vn.dvk.models;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a model says, as the registration forms in use ask for it (SPEC §4). The same record is
 * filled by the web form, the API and the spreadsheet import, and checked by one validator.
 */
public record ModelDetails(
    String title,
    OwnerKind ownerKind,
    String unitCode,
    String personName,
    String personPosition,
    String fieldCode,
    List<String> movementCodes,
    String situation,
    String objectives,
    String evaluationCriteria,
    String contentMethod,
    String area,
    String beneficiaries,
    Set<TargetGroup> targetGroups,
    String forces,
    String resources,
    Long fundsVnd,
    Long contributionVnd,
    Integer workingDays,
    LocalDate startDate,
    LocalDate evaluationDate,
    String milestones,
    String sustainability,
    List<IndicatorTarget> targets) {

  public ModelDetails {
    movementCodes = movementCodes == null ? List.of() : List.copyOf(movementCodes);
    targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  public ModelDetails withTitle(String newTitle) {
    return new ModelDetails(
        newTitle,
        ownerKind,
        unitCode,
        personName,
        personPosition,
        fieldCode,
        movementCodes,
        situation,
        objectives,
        evaluationCriteria,
        contentMethod,
        area,
        beneficiaries,
        targetGroups,
        forces,
        resources,
        fundsVnd,
        contributionVnd,
        workingDays,
        startDate,
        evaluationDate,
        milestones,
        sustainability,
        targets);
  }
}
