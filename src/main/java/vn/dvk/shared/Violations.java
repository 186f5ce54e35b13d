package vn.dvk.shared;

import java.util.ArrayList;
import java.util.List;
import vn.dvk.shared.InvalidInputException.Violation;

/**
 * Collects what is wrong with some input, field by field, and refuses it once with all of it:
 * {@code Violations.check().required("date", date).when(min >= max, "scaleMax",
 * "recognition.error.scale").refuseAny()}.
 */
public final class Violations {

  private final List<Violation> found = new ArrayList<>();

  private Violations() {}

  public static Violations check() {
    return new Violations();
  }

  /** The field must be given: not null, and for text not blank. */
  public Violations required(String field, Object value) {
    var missing = value == null || value instanceof CharSequence text && text.toString().isBlank();
    return when(missing, field, "validation.required");
  }

  /** The rule is broken when {@code broken} holds. */
  public Violations when(boolean broken, String field, String messageKey, Object... arguments) {
    if (broken) {
      found.add(new Violation(field, messageKey, arguments));
    }
    return this;
  }

  /** What another check found, such as a request's declared rules. */
  public Violations including(List<Violation> violations) {
    found.addAll(violations);
    return this;
  }

  public List<Violation> list() {
    return List.copyOf(found);
  }

  /** Refuses the input with everything found, if anything was. */
  public void refuseAny() {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }
}
