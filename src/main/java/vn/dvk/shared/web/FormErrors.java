package vn.dvk.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.LocalizedException;

/**
 * The messages a form shows, in the reader's language: one per invalid field, and {@code “global”}
 * for a broken rule of the domain.
 */
public final class FormErrors {

  public static final String GLOBAL = "global";

  private FormErrors() {}

  public static Map<String, String> of(
      BindingResult result, MessageSource messages, Locale locale) {
    var errors = new LinkedHashMap<String, String>();
    result
        .getFieldErrors()
        .forEach(error -> errors.putIfAbsent(error.getField(), messages.getMessage(error, locale)));
    result
        .getGlobalErrors()
        .forEach(error -> errors.putIfAbsent(GLOBAL, messages.getMessage(error, locale)));
    return errors;
  }

  /** One message per field (the first one where a field breaks several rules). */
  public static Map<String, String> of(
      List<InvalidInputException.Violation> violations, MessageSource messages, Locale locale) {
    var errors = new LinkedHashMap<String, String>();
    violations.forEach(
        v ->
            errors.putIfAbsent(
                v.field(), messages.getMessage(v.messageKey(), v.arguments(), locale)));
    return errors;
  }

  /** A broken rule: one message per field for invalid input, else one global message. */
  public static Map<String, String> of(
      LocalizedException exception, MessageSource messages, Locale locale) {
    if (exception instanceof InvalidInputException invalid) {
      return of(invalid.violations(), messages, locale);
    }
    return Map.of(
        GLOBAL, messages.getMessage(exception.messageKey(), exception.arguments(), locale));
  }
}
