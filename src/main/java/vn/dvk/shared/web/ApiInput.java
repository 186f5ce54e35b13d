package vn.dvk.shared.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.RequestRules;

/**
 * Checks a JSON body with the Bean Validation rules of the page's form record, so that the API and
 * the page refuse the same input; every broken rule becomes a 422 problem naming its field.
 */
@Component
public class ApiInput {

  private final RequestRules rules;

  ApiInput(RequestRules rules) {
    this.rules = rules;
  }

  /** The body, valid; a missing body is refused as one required field {@code body}. */
  public <T> T valid(T body) {
    if (body == null) {
      throw required("body");
    }
    return rules.check(body);
  }

  /** A required value that was not given. */
  public static InvalidInputException required(String field) {
    return new InvalidInputException(List.of(new Violation(field, "validation.required")));
  }
}
