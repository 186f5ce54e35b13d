package vn.dvk.support;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.JsonNode;

/**
 * JSON request bodies generated from an OpenAPI schema with jqwik's arbitraries: mostly plausible
 * values, so that requests get past the first check, and now and then the values that break servers
 * (overlong or empty texts, NUL bytes, nulls inside arrays, huge arrays, numbers and dates out of
 * range, values of the wrong type).
 */
public final class RequestBodies {

  private static final int DEPTH = 4;

  private final JsonNode document;

  public RequestBodies(JsonNode document) {
    this.document = document;
  }

  /** Bodies of the schema, as JSON text. */
  public Arbitrary<String> of(JsonNode schema) {
    return value(schema, 0);
  }

  private Arbitrary<String> value(JsonNode schema, int depth) {
    var resolved = resolve(schema);
    if (resolved.has("enum")) {
      var values = new ArrayList<String>();
      resolved.get("enum").values().forEach(v -> values.add(quote(v.asString())));
      values.add(quote("NOT_ONE_OF_THEM"));
      return Arbitraries.of(values);
    }
    var type = resolved.path("type").asString("object");
    return switch (type) {
      case "string" -> string(resolved.path("format").asString(""));
      case "integer", "number" -> number();
      case "boolean" -> Arbitraries.of("true", "false", "null", "\"yes\"");
      case "array" -> array(resolved.path("items"), depth);
      default -> object(resolved, depth);
    };
  }

  private Arbitrary<String> object(JsonNode schema, int depth) {
    var properties = schema.path("properties");
    if (depth >= DEPTH || properties.isMissingNode() || properties.isEmpty()) {
      return Arbitraries.of("{}", "null", "[]");
    }
    var fields = new ArrayList<Arbitrary<String>>();
    for (var name : properties.propertyNames()) {
      var value = value(properties.get(name), depth + 1);
      fields.add(value.map(v -> quote(name) + ": " + v));
    }
    Arbitrary<List<String>> all = Arbitraries.just(new ArrayList<>());
    for (var field : fields) {
      all =
          all.flatMap(
              done ->
                  Arbitraries.frequencyOf(
                          net.jqwik.api.Tuple.of(9, field),
                          net.jqwik.api.Tuple.of(1, Arbitraries.just("")))
                      .map(
                          next -> {
                            var list = new ArrayList<>(done);
                            if (!next.isEmpty()) {
                              list.add(next);
                            }
                            return list;
                          }));
    }
    return all.map(list -> "{" + String.join(", ", list) + "}");
  }

  private Arbitrary<String> array(JsonNode items, int depth) {
    var element = value(items, depth + 1);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, element.list().ofMaxSize(3).map(RequestBodies::json)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("[]")),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("[null]")),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(repeat(small(items), 70_000))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("null")));
  }

  private static Arbitrary<String> string(String format) {
    var plausible =
        switch (format) {
          case "date" -> Arbitraries.of("\"2024-05-01\"", "\"2025-12-31\"");
          case "date-time" -> Arbitraries.of("\"2024-05-01T08:00:00Z\"");
          default -> Arbitraries.of("\"Thử nghiệm\"", "\"BT.DL.X09\"", "\"ECONOMY\"");
        };
    var nasty =
        Arbitraries.of(
            "\"\"",
            "\"   \"",
            quote("x".repeat(10_001)),
            quote("Đ".repeat(3_000)),
            "\"a\\u0000b\"",
            "\"0001-01-01\"",
            "\"-2024-01-01\"",
            "\"+99999-01-01\"",
            "\"not a date\"",
            "null",
            "42",
            "{}");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, plausible), net.jqwik.api.Tuple.of(2, nasty));
  }

  private static Arbitrary<String> number() {
    var plausible = Arbitraries.of("2024", "1", "3");
    var nasty =
        Arbitraries.of(
            "-1",
            "0",
            "2147483648",
            "-9223372036854775809",
            "1e308",
            "1.5",
            "null",
            "\"x\"",
            "99999999999999999999");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, plausible), net.jqwik.api.Tuple.of(2, nasty));
  }

  private JsonNode resolve(JsonNode schema) {
    var reference = schema.path("$ref").asString("");
    if (reference.startsWith("#/")) {
      return resolve(document.at(reference.substring(1)));
    }
    var oneOf = schema.path("oneOf");
    if (oneOf.isArray() && !oneOf.isEmpty()) {
      return resolve(oneOf.get(0));
    }
    return schema;
  }

  /** A short plausible element, for arrays of more items than a statement may have parameters. */
  private String small(JsonNode items) {
    return switch (resolve(items).path("type").asString("object")) {
      case "string" -> "\"ECONOMY\"";
      case "integer", "number" -> "1";
      case "boolean" -> "true";
      default -> "{}";
    };
  }

  private static String json(List<String> values) {
    return "[" + String.join(", ", values) + "]";
  }

  private static String repeat(String element, int times) {
    var all = new StringBuilder(element.length() * times + times * 2 + 2).append('[');
    for (var i = 0; i < times; i++) {
      all.append(i == 0 ? "" : ",").append(element);
    }
    return all.append(']').toString();
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
