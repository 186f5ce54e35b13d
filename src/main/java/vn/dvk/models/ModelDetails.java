package vn.dvk.models;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dvk.shared.RequiredText;
import vn.dvk.shared.Text;

/**
 * What a model says, as the registration forms in use ask for it (SPEC §4). The same record is
 * filled by the web form, the API and the spreadsheet import, and checked by one validator. Its
 * limits are declared here once, as its columns allow them (Bean Validation); the rules that need
 * the rest of the system (units, reference lists) are the validator's.
 */
public record ModelDetails(
    @RequiredText(max = 500) String title,
    OwnerKind ownerKind,
    String unitCode,
    @Text(max = 200) String personName,
    @Text(max = 200) String personPosition,
    String fieldCode,
    List<String> movementCodes,
    @Text(max = LONG_TEXT) String situation,
    @Text(max = LONG_TEXT) String objectives,
    @Text(max = LONG_TEXT) String evaluationCriteria,
    @Text(max = LONG_TEXT) String contentMethod,
    @Text(max = 500) String area,
    @Text(max = LONG_TEXT) String beneficiaries,
    Set<TargetGroup> targetGroups,
    @Text(max = LONG_TEXT) String forces,
    @Text(max = LONG_TEXT) String resources,
    @PositiveOrZero(message = NOT_NEGATIVE) Long fundsVnd,
    @PositiveOrZero(message = NOT_NEGATIVE) Long contributionVnd,
    @PositiveOrZero(message = NOT_NEGATIVE) Integer workingDays,
    LocalDate startDate,
    LocalDate evaluationDate,
    @Text(max = LONG_TEXT) String milestones,
    @Text(max = LONG_TEXT) String sustainability,
    List<IndicatorTarget> targets) {

  /** How long a free text may be: the columns are unbounded, a pasted document is not. */
  public static final int LONG_TEXT = 20_000;

  private static final String NOT_NEGATIVE = "{validation.not-negative}";

  public ModelDetails {
    // a form binds what it could not read, or a row it skipped (targets[3] alone), as null
    movementCodes = present(movementCodes).toList();
    targetGroups = present(targetGroups).collect(Collectors.toUnmodifiableSet());
    targets = present(targets).toList();
  }

  private static <T> Stream<T> present(Collection<T> values) {
    return values == null ? Stream.empty() : values.stream().filter(Objects::nonNull);
  }

  public ModelDetails withTitle(String newTitle) {
    return with(newTitle, targets);
  }

  public ModelDetails withTargets(List<IndicatorTarget> newTargets) {
    return with(title, newTargets);
  }

  private ModelDetails with(String newTitle, List<IndicatorTarget> newTargets) {
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
        newTargets);
  }
}
