package vn.dvk.shared.web;

import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;

/**
 * Checks a JSON body with the Bean Validation rules of the page's form record, so that the API and
 * the page refuse the same input; every broken rule becomes a 422 problem naming its field.
 */
@Component
public class ApiInput {

  private final Validator validator;

  ApiInput(Validator validator) {
    this.validator = validator;
  }

  /** The body, valid; a missing body is refused as one required field {@code body}. */
  public <T> T valid(T body) {
    if (body == null) {
      throw required("body");
    }
    var violations =
        validator.validate(body).stream()
            .map(v -> new Violation(v.getPropertyPath().toString(), key(v.getMessageTemplate())))
            .sorted(Comparator.comparing(Violation::field))
            .toList();
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return body;
  }

  /** A required value that was not given. */
  public static InvalidInputException required(String field) {
    return new InvalidInputException(List.of(new Violation(field, "validation.required")));
  }

  /** {@code "{validation.required}"} → {@code "validation.required"}. */
  private static String key(String template) {
    return template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1)
        : template;
  }
}
