package vn.dvk.shared;

import java.util.List;

/**
 * Input that breaks one or more rules, each tied to the field it concerns, so that a form, an API
 * problem detail and a spreadsheet import can all say exactly what is wrong and where.
 */
public class InvalidInputException extends BusinessRuleException {

  /** One broken rule: the field (a form field name, a JSON property, a column) and its message. */
  public record Violation(String field, String messageKey, Object... arguments) {}

  private final List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super("validation.invalid", violations.size());
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
