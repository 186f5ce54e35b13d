package vn.dvk.models.domain;

import static vn.dvk.shared.Texts.isBlank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.OwnerKind;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;

/**
 * The rules of a model's content, the same for the form, the API and the spreadsheet import. Each
 * violation names its field (the property of {@link ModelDetails}).
 */
public final class ModelValidator {

  static final int TITLE_MAX = 500;
  static final int TEXT_MAX = 20_000;

  private ModelValidator() {}

  /**
   * What the validator asks of the rest of the system: whether a unit may be used by the person
   * registering, and whether reference codes are active.
   */
  public record References(
      Predicate<String> unitAllowed,
      Predicate<String> activeField,
      Predicate<String> activeMovement,
      Predicate<String> activeIndicator) {}

  public static List<Violation> violations(ModelDetails model, References references) {
    var violations = new ArrayList<Violation>();
    checkOwner(violations, model, references);
    checkCodes(violations, model, references);
    checkTexts(violations, model);
    checkNumbersAndDates(violations, model);
    checkTargets(violations, model, references);
    return violations;
  }

  /** The title, who owns the model and under which unit (one the registering person may use). */
  private static void checkOwner(
      List<Violation> violations, ModelDetails model, References references) {
    if (isBlank(model.title())) {
      violations.add(new Violation("title", "validation.required"));
    } else if (model.title().length() > TITLE_MAX) {
      violations.add(new Violation("title", "validation.too-long"));
    }
    if (model.ownerKind() == null) {
      violations.add(new Violation("ownerKind", "validation.required"));
    }
    if (isBlank(model.unitCode())) {
      violations.add(new Violation("unitCode", "validation.required"));
    } else if (!references.unitAllowed().test(model.unitCode())) {
      violations.add(new Violation("unitCode", "models.error.unit", model.unitCode()));
    }
    if (model.ownerKind() == OwnerKind.INDIVIDUAL && isBlank(model.personName())) {
      violations.add(new Violation("personName", "models.error.person-required"));
    }
  }

  /** The field (required) and the movements: active codes of their lists. */
  private static void checkCodes(
      List<Violation> violations, ModelDetails model, References references) {
    if (isBlank(model.fieldCode())) {
      violations.add(new Violation("fieldCode", "validation.required"));
    } else if (!references.activeField().test(model.fieldCode())) {
      violations.add(new Violation("fieldCode", "models.error.unknown-code", model.fieldCode()));
    }
    for (var movement : model.movementCodes()) {
      if (!references.activeMovement().test(movement)) {
        violations.add(new Violation("movementCodes", "models.error.unknown-code", movement));
      }
    }
  }

  private static void checkTexts(List<Violation> violations, ModelDetails model) {
    checkLength(violations, "situation", model.situation());
    checkLength(violations, "objectives", model.objectives());
    checkLength(violations, "evaluationCriteria", model.evaluationCriteria());
    checkLength(violations, "contentMethod", model.contentMethod());
    checkLength(violations, "beneficiaries", model.beneficiaries());
    checkLength(violations, "forces", model.forces());
    checkLength(violations, "resources", model.resources());
    checkLength(violations, "milestones", model.milestones());
    checkLength(violations, "sustainability", model.sustainability());
    if (model.area() != null && model.area().length() > TITLE_MAX) {
      violations.add(new Violation("area", "validation.too-long"));
    }
  }

  private static void checkNumbersAndDates(List<Violation> violations, ModelDetails model) {
    checkNotNegative(violations, "fundsVnd", model.fundsVnd());
    checkNotNegative(violations, "contributionVnd", model.contributionVnd());
    checkNotNegative(violations, "workingDays", model.workingDays());
    if (model.startDate() != null
        && model.evaluationDate() != null
        && model.evaluationDate().isBefore(model.startDate())) {
      violations.add(new Violation("evaluationDate", "models.error.evaluation-before-start"));
    }
  }

  /** Each indicator once, active, with a target; neither baseline nor target negative. */
  private static void checkTargets(
      List<Violation> violations, ModelDetails model, References references) {
    var seen = new HashSet<String>();
    for (var target : model.targets()) {
      var field = "targets." + target.indicatorCode();
      if (!references.activeIndicator().test(target.indicatorCode())) {
        violations.add(new Violation(field, "models.error.unknown-code", target.indicatorCode()));
      } else if (!seen.add(target.indicatorCode())) {
        violations.add(
            new Violation(field, "models.error.duplicate-indicator", target.indicatorCode()));
      }
      if (target.target() == null) {
        violations.add(new Violation(field, "models.error.target-required"));
      }
      if (negative(target.baseline()) || negative(target.target())) {
        violations.add(new Violation(field, "validation.not-negative"));
      }
    }
  }

  public static void validate(ModelDetails model, References references) {
    var violations = violations(model, references);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private static void checkLength(List<Violation> violations, String field, String text) {
    if (text != null && text.length() > TEXT_MAX) {
      violations.add(new Violation(field, "validation.too-long"));
    }
  }

  private static void checkNotNegative(List<Violation> violations, String field, Number value) {
    if (value != null && value.doubleValue() < 0) {
      violations.add(new Violation(field, "validation.not-negative"));
    }
  }

  private static boolean negative(BigDecimal value) {
    return value != null && value.signum() < 0;
  }
}
