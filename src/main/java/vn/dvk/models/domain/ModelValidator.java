package vn.dvk.models.domain;

import static vn.dvk.shared.Texts.isBlank;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.OwnerKind;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.RequestRules;

/**
 * The rules of a model's content, the same for the form, the API and the spreadsheet import. Each
 * violation names its field (the property of {@link ModelDetails}).
 */
public final class ModelValidator {

  private static final List<String> FIELDS =
      Arrays.stream(ModelDetails.class.getRecordComponents())
          .map(RecordComponent::getName)
          .toList();

  /** Checks the limits {@link ModelDetails} declares on its fields. */
  private static final Validator LIMITS =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

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

  /** Violations in the order of their fields on the form (an indicator's under "targets"). */
  public static final Comparator<Violation> IN_FORM_ORDER =
      Comparator.comparingInt(v -> FIELDS.indexOf(v.field().split("\\.")[0]));

  /** Every rule the model breaks, in the order of its fields on the form. */
  public static List<Violation> violations(ModelDetails model, References references) {
    var violations = new ArrayList<Violation>();
    checkLimits(violations, model);
    checkOwner(violations, model, references);
    checkCodes(violations, model, references);
    checkDates(violations, model);
    checkTargets(violations, model, references);
    violations.sort(IN_FORM_ORDER);
    return violations;
  }

  /** Who owns the model and under which unit (one the registering person may use). */
  private static void checkOwner(
      List<Violation> violations, ModelDetails model, References references) {
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

  /** The limits declared on the record: required title, lengths, amounts not negative. */
  private static void checkLimits(List<Violation> violations, ModelDetails model) {
    LIMITS.validate(model).stream().map(RequestRules::violation).forEach(violations::add);
  }

  private static void checkDates(List<Violation> violations, ModelDetails model) {
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

  private static boolean negative(BigDecimal value) {
    return value != null && value.signum() < 0;
  }
}
