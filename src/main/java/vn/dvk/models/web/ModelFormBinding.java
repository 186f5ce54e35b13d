package vn.dvk.models.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.format.Formatter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import vn.dvk.models.IndicatorTarget;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.domain.Values;
import vn.dvk.shared.InvalidInputException.Violation;

/**
 * How the model form binds to {@link ModelDetails}, the request type the API and the import fill
 * too. Numbers and dates are read as people type them ({@link Values}); what cannot be read stays
 * in the binding result as typed, is shown again in its field, and becomes the violation the API
 * would give. The indicator table posts one row per active indicator ({@code
 * targets[i].indicatorCode}, {@code .baseline}, {@code .target}); a row left blank is no target.
 */
final class ModelFormBinding {

  /** The form's name in the page's model, and its binding result's. */
  static final String NAME = "form";

  /** Whole numbers and dates are shown without grouping, as a date input and the API take them. */
  private static final BiFunction<Object, Locale, String> PLAIN =
      (value, locale) -> value.toString();

  private static final Pattern ROW =
      Pattern.compile("targets\\[(\\d+)]\\.(indicatorCode|baseline|target)");

  /** How many indicator rows a form may post; a page posts one per active indicator. */
  static final int MAX_ROWS = 200;

  private ModelFormBinding() {}

  /** Reads numbers and dates as {@link Values} does, and shows them as a person would type them. */
  private static void register(DataBinder binder) {
    binder.addCustomFormatter(reading((t, l, p) -> Values.whole("", t, p), PLAIN), Long.class);
    binder.addCustomFormatter(reading((t, l, p) -> Values.integer("", t, p), PLAIN), Integer.class);
    binder.addCustomFormatter(
        reading((t, l, p) -> Values.decimal("", t, l, p), Values::plain), BigDecimal.class);
    binder.addCustomFormatter(reading((t, l, p) -> Values.date("", t, p), PLAIN), LocalDate.class);
  }

  /** Details (as saved, or as read) in a binding result that shows them as they would be typed. */
  static BindingResult of(ModelDetails details) {
    var binder = new DataBinder(details, NAME);
    register(binder);
    return binder.getBindingResult();
  }

  /** A new model's form: nothing typed yet but who owns it and where. */
  static ModelDetails blank(String ownerKind, String unitCode) {
    var given = Map.<String, Object>of("ownerKind", ownerKind, "unitCode", unitCode);
    return (ModelDetails) bind(given::get, given.keySet()).getTarget();
  }

  /**
   * The form as posted: the details as given (without the rows left blank), the binding result that
   * shows them again with what could not be read as it was typed, and its violations.
   */
  record Typed(ModelDetails details, BindingResult binding, List<Violation> violations) {}

  /**
   * Reads the posted form. An indicator row is read only under a row number a page could post
   * (below {@link #MAX_ROWS}), and no other name may hold an index: Spring's binder fails on them.
   * A value that cannot be read is left out of the details and keeps its typed text in the binding
   * result's errors.
   */
  static Typed typed(HttpServletRequest request) {
    var names = new HashSet<String>();
    var problems = new ArrayList<Violation>();
    for (var name : request.getParameterMap().keySet()) {
      var row = ROW.matcher(name);
      if (!name.contains("[") || (row.matches() && rowNumber(row) < MAX_ROWS)) {
        names.add(name);
      } else if (problems.isEmpty()) {
        problems.add(new Violation("targets", "validation.invalid-choice"));
      }
    }
    var binder = bind(name -> parameter(request, name), names);
    var read = binder.getBindingResult();
    var shown = read;
    if (read.hasErrors()) {
      // the binder built the details without what it could not read; its result holds none
      shown = of((ModelDetails) binder.getTarget());
      shown.addAllErrors(read);
    }
    var details = (ModelDetails) shown.getTarget();
    problems.addAll(violations(read, request));
    return new Typed(given(details), shown, problems);
  }

  private static int rowNumber(Matcher row) {
    return row.group(1).length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(row.group(1));
  }

  private static Object parameter(HttpServletRequest request, String name) {
    var values = request.getParameterValues(name);
    return values != null && values.length == 1 ? values[0] : values;
  }

  /** A binder that built the details from the values given under these names. */
  private static DataBinder bind(Function<String, Object> values, Set<String> names) {
    var binder = new DataBinder(null, NAME);
    binder.setConversionService(DefaultConversionService.getSharedInstance());
    register(binder);
    binder.setTargetType(ResolvableType.forClass(ModelDetails.class));
    binder.construct(
        new DataBinder.ValueResolver() {
          @Override
          public Object resolveValue(String name, Class<?> type) {
            return names.contains(name) ? values.apply(name) : null;
          }

          @Override
          public Set<String> getNames() {
            return names;
          }
        });
    return binder;
  }

  /**
   * The form as the page shows it: one indicator row per active indicator, in their order, with
   * what the model holds; and a binding result that shows each value as it would be typed, and what
   * could not be read as it was typed.
   */
  static BindingResult shown(BindingResult form, List<String> indicatorCodes) {
    var details = (ModelDetails) form.getTarget();
    if (rowsAre(details, indicatorCodes)) {
      return form;
    }
    var rows = new ArrayList<IndicatorTarget>();
    for (var code : indicatorCodes) {
      rows.add(
          details.targets().stream()
              .filter(t -> code.equals(t.indicatorCode()))
              .findFirst()
              .orElse(new IndicatorTarget(code, null, null)));
    }
    var shown = of(details.withTargets(rows));
    form.getFieldErrors().stream()
        .filter(error -> !ROW.matcher(error.getField()).matches())
        .forEach(shown::addError);
    return shown;
  }

  /** Whether the form's rows are the active indicators, in their order (as a page posts them). */
  private static boolean rowsAre(ModelDetails details, List<String> indicatorCodes) {
    return details.targets().stream()
        .map(IndicatorTarget::indicatorCode)
        .toList()
        .equals(indicatorCodes);
  }

  /** The details as given: without the rows left blank, in the order of the indicators' codes. */
  private static ModelDetails given(ModelDetails typed) {
    return typed.withTargets(
        typed.targets().stream()
            .filter(t -> t.baseline() != null || t.target() != null)
            .sorted(Comparator.comparing(IndicatorTarget::indicatorCode))
            .toList());
  }

  /** What could not be read, as violations of the fields the API and the import name. */
  private static List<Violation> violations(BindingResult binding, HttpServletRequest request) {
    return binding.getFieldErrors().stream()
        .map(error -> new Violation(field(error, request), messageKey(error)))
        .toList();
  }

  /** An indicator row's field is named by its indicator, {@code targets.<code>}. */
  private static String field(FieldError error, HttpServletRequest request) {
    var row = ROW.matcher(error.getField());
    if (!row.matches()) {
      return error.getField();
    }
    var code = request.getParameter("targets[" + row.group(1) + "].indicatorCode");
    return code == null ? "targets" : "targets." + code;
  }

  /** Why a value could not be read: as {@link Values} says, or a choice not offered. */
  private static String messageKey(FieldError error) {
    for (Throwable cause = error.contains(Throwable.class) ? error.unwrap(Throwable.class) : null;
        cause != null;
        cause = cause.getCause()) {
      if (cause instanceof Unreadable unreadable) {
        return unreadable.messageKey;
      }
    }
    return "validation.invalid-choice";
  }

  private interface Reader<T> {
    T read(String text, Locale locale, List<Violation> problems);
  }

  private static <T> Formatter<T> reading(
      Reader<T> reader, BiFunction<? super T, Locale, String> shown) {
    return new Formatter<>() {
      @Override
      public T parse(String text, Locale locale) {
        var problems = new ArrayList<Violation>();
        var value = reader.read(text, locale, problems);
        if (!problems.isEmpty()) {
          throw new Unreadable(problems.get(0).messageKey());
        }
        return value;
      }

      @Override
      public String print(T value, Locale locale) {
        return shown.apply(value, locale);
      }
    };
  }

  /** A value that cannot be read, with the message that says how to type it. */
  private static final class Unreadable extends IllegalArgumentException {

    private final String messageKey;

    Unreadable(String messageKey) {
      super(messageKey);
      this.messageKey = messageKey;
    }
  }
}
