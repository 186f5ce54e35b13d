package vn.dvk.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvk.shared.InvalidInputException.Violation;

/**
 * Checks a request against the Bean Validation rules declared once on its record — required fields,
 * lengths as their columns allow, years of the movement — whether it came from a form, the API or
 * an import; each broken rule becomes a violation naming its field, with its i18n key.
 */
@Component
public class RequestRules {

  private final Validator validator;

  public RequestRules(Validator validator) {
    this.validator = validator;
  }

  /** The request, when it keeps every rule; refused with all it breaks otherwise. */
  public <T> T check(T request) {
    Violations.check().including(violations(request)).refuseAny();
    return request;
  }

  /** Every rule the request breaks, by field: to refuse it with what else is wrong with it. */
  public List<Violation> violations(Object request) {
    return validator.validate(request).stream()
        .map(RequestRules::violation)
        .sorted(Comparator.comparing(Violation::field))
        .toList();
  }

  /** A broken rule as a violation naming its field, with its i18n key and its limit, if any. */
  public static Violation violation(ConstraintViolation<?> broken) {
    var template = broken.getMessageTemplate();
    var key =
        template.startsWith("{") && template.endsWith("}")
            ? template.substring(1, template.length() - 1)
            : template;
    Map<String, Object> attributes = broken.getConstraintDescriptor().getAttributes();
    var limit =
        attributes.containsKey("max") ? new Object[] {attributes.get("max")} : new Object[0];
    return new Violation(broken.getPropertyPath().toString(), key, limit);
  }
}
