package vn.dvk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.support.RequestBodies;

/**
 * Bad input answers 4xx, never 5xx: every JSON request body the OpenAPI document describes is sent
 * many times with values generated from its schema (jqwik's arbitraries: overlong and empty texts,
 * NUL bytes, nulls inside arrays, huge arrays, out-of-range numbers and dates, wrong types), every
 * documented query parameter with values out of range, and every JSON endpoint called as a
 * multipart form without a boundary. Its own database (junk it creates stays there): an in-memory
 * H2 here, the {@code dvk_fuzz} database in the PostgreSQL run of {@code .ci/run}.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=${dvk.fuzz.datasource-url:jdbc:h2:mem:dvk-fuzz;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag("integration")
class ApiFuzzTests {

  /** Bodies sent to each endpoint. */
  private static final int TRIES = 25;

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;

  @Test
  void noRequestBodyQueryParameterOrContentTypeMakesTheServerFail() throws Exception {
    var document =
        json.readTree(
            mvc.perform(get("/v3/api-docs"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    var bodies = new RequestBodies(document);
    var model =
        jdbc.sql("select min(id) from models_model where unit_code like 'BT.DL%'")
            .query(Long.class)
            .single();
    var failures = new ArrayList<String>();
    var sent = 0;
    for (var path : iterable(document.get("paths").propertyNames())) {
      for (var method : iterable(document.get("paths").get(path).propertyNames())) {
        var operation = document.get("paths").get(path).get(method);
        var target = concrete(path, model);
        var schema = operation.at("/requestBody/content/application~1json/schema");
        if (!schema.isMissingNode()) {
          var body = bodies.of(schema);
          for (var i = 0; i < TRIES; i++) {
            sent++;
            check(method, target, body.sample(), MediaType.APPLICATION_JSON, failures);
          }
          sent++;
          check(method, target, "{}", MediaType.parseMediaType("multipart/form-data"), failures);
        }
        for (var query : queries(operation)) {
          sent++;
          check(method, target + query, null, null, failures);
        }
      }
    }
    assertThat(sent).as("requests sent").isGreaterThan(500);
    assertThat(failures).as("answers 5xx").isEmpty();
  }

  private void check(String method, String path, String body, MediaType type, List<String> failures)
      throws Exception {
    var request =
        request(HttpMethod.valueOf(method.toUpperCase()), path).with(user(path)).with(csrf());
    if (body != null) {
      request.contentType(type).content(body.getBytes(StandardCharsets.UTF_8));
    }
    String failure;
    try {
      var status = mvc.perform(request).andReturn().getResponse().getStatus();
      failure = status >= 500 ? String.valueOf(status) : null;
    } catch (Exception unhandled) {
      // MockMvc rethrows what no handler answered: a real server would answer 500.
      var cause = unhandled;
      while (cause.getCause() instanceof Exception deeper) {
        cause = deeper;
      }
      failure = "500 (" + cause + ")";
    }
    if (failure != null) {
      var shown = body == null ? "" : body.substring(0, Math.min(body.length(), 200));
      failures.add(failure + " " + method.toUpperCase() + " " + path + " " + shown);
    }
  }

  /** Query strings with every documented parameter out of range, one parameter at a time. */
  private static List<String> queries(JsonNode operation) {
    var queries = new ArrayList<String>();
    for (var parameter : iterable(operation.path("parameters").values())) {
      if (!"query".equals(parameter.path("in").asString())) {
        continue;
      }
      var name = parameter.path("name").asString();
      for (var value : Arbitraries.of(QUERY_VALUES).sampleStream().limit(6).toList()) {
        queries.add("?" + name + "=" + value);
      }
    }
    return queries;
  }

  private static final List<String> QUERY_VALUES =
      List.of(
          "-1",
          "0",
          "99999999999",
          "2147483648",
          "abc",
          "0001-01-01",
          "-2024-01-01",
          "9999-12-31",
          "%00",
          "x".repeat(5000),
          "",
          "1e309",
          "NaN");

  /** Path variables as the demo data has them, so that requests reach validation. */
  private String concrete(String path, long model) {
    return path.replace("{year}", "2024")
        .replace("{code}", "BT.DL")
        .replace("{unit}", "BT.DL")
        .replace("{username}", "duclinh")
        .replace("{id}", String.valueOf(model))
        .replaceAll("\\{[^}]+}", "1");
  }

  /**
   * Who sends (signed in already: a password hash a request would make the run minutes longer): a
   * unit officer for models, a reviewer for recognition, else the administrator.
   */
  private org.springframework.test.web.servlet.request.RequestPostProcessor user(String path) {
    var name =
        path.contains("/models")
            ? "duclinh"
            : path.contains("/rounds") || path.contains("/proposals") || path.contains("/decisions")
                ? "reviewer"
                : "admin";
    return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(name));
  }

  private static <T> Iterable<T> iterable(java.util.Collection<T> items) {
    return items;
  }

  private static <T> Iterable<T> iterable(java.util.stream.Stream<T> items) {
    return items::iterator;
  }
}
