package vn.dvk.support;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api/v1} endpoint the application maps, read from Spring MVC itself, so that a test
 * over all of them also covers the endpoints added after it was written.
 */
public final class ApiEndpoints {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

  /** Sample values for path variables; any other variable is given 1. */
  private static final Map<String, String> SAMPLES =
      Map.of("year", "2023", "code", "BT.DL", "unit", "BT.DL", "unitCode", "BT.DL");

  private ApiEndpoints() {}

  /** One method on one path pattern, e.g. {@code POST /api/v1/models/{id}/continue}. */
  public record Endpoint(RequestMethod method, String pattern) {

    /** The pattern as OpenAPI writes it (variables without their regular expressions). */
    public String documentedPath() {
      return VARIABLE.matcher(pattern).replaceAll("{$1}");
    }

    /** A path that reaches the endpoint, with sample values for its variables. */
    public String samplePath() {
      return VARIABLE
          .matcher(pattern)
          .replaceAll(variable -> SAMPLES.getOrDefault(variable.group(1), "1"));
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  public static List<Endpoint> all(RequestMappingHandlerMapping mapping) {
    return mapping.getHandlerMethods().keySet().stream()
        .flatMap(ApiEndpoints::endpoints)
        .filter(endpoint -> endpoint.pattern().startsWith("/api/v1/"))
        .distinct()
        .sorted(Comparator.comparing(Endpoint::toString))
        .toList();
  }

  private static Stream<Endpoint> endpoints(RequestMappingInfo info) {
    var methods = info.getMethodsCondition().getMethods();
    var patterns = info.getPatternValues();
    return (methods.isEmpty() ? Stream.of(RequestMethod.GET) : methods.stream())
        .flatMap(method -> patterns.stream().map(pattern -> new Endpoint(method, pattern)));
  }
}
