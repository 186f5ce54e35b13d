package vn.dvk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dvk.support.ApiEndpoints;
import vn.dvk.support.IntegrationTest;

/**
 * The OpenAPI document is public and complete: every {@code /api/v1} endpoint Spring MVC maps is in
 * it (read from the mappings, so an endpoint added later and left out fails here), nothing else is,
 * and it says how to authenticate and what the errors look like. The document is written to
 * target/openapi.json for reading.
 */
@IntegrationTest
class ApiDocumentationTests {

  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Test
  void theDocumentListsEveryApiEndpointAndNothingElse() throws Exception {
    var document = document();
    Map<String, Object> paths = JsonPath.read(document, "$.paths");

    var endpoints = ApiEndpoints.all(mapping);
    assertThat(endpoints).isNotEmpty();
    for (var endpoint : endpoints) {
      assertThat(paths).as("the document has %s", endpoint).containsKey(endpoint.documentedPath());
      assertThat((Map<String, Object>) paths.get(endpoint.documentedPath()))
          .as("the document has %s", endpoint)
          .containsKey(endpoint.method().name().toLowerCase(Locale.ROOT));
    }
    assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/v1/"));
  }

  @Test
  void theDocumentDescribesBothWaysToAuthenticateAndTheProblemDetails() throws Exception {
    var document = document();

    assertThat(JsonPath.<String>read(document, "$.info.title")).isEqualTo("DVK API");
    assertThat(JsonPath.<String>read(document, "$.info.version")).isEqualTo("v1");
    assertThat(JsonPath.<String>read(document, "$.components.securitySchemes.basic.scheme"))
        .isEqualTo("basic");
    assertThat(JsonPath.<String>read(document, "$.components.securitySchemes.bearer.scheme"))
        .isEqualTo("bearer");
    assertThat(
            JsonPath.<String>read(
                document,
                "$.paths['/api/v1/me'].get.responses['401'].content['application/problem+json']"
                    + ".schema.$ref"))
        .isEqualTo("#/components/schemas/Problem");
    assertThat(
            JsonPath.<Map<String, Object>>read(
                document, "$.paths['/api/v1/models'].post.responses"))
        .containsKeys("401", "403", "409", "422");
    assertThat(
            JsonPath.<Map<String, Object>>read(document, "$.components.schemas.Problem.properties"))
        .containsKeys("type", "title", "status", "detail", "code", "errors");
  }

  @Test
  void aModelIsSentAsItsDetailsFieldsBesideItsYearAndVersion() throws Exception {
    var document = document();
    Map<String, Object> request =
        JsonPath.read(
            document,
            "$.paths['/api/v1/models'].post.requestBody.content['application/json'].schema");
    var name = String.valueOf(request.get("$ref")).replace("#/components/schemas/", "");
    Map<String, Object> sent =
        JsonPath.read(document, "$.components.schemas." + name + ".properties");
    Map<String, Object> details =
        JsonPath.read(document, "$.components.schemas.ModelDetails.properties");

    assertThat(sent.keySet())
        .containsAll(details.keySet())
        .contains("year", "version")
        .doesNotContain("details")
        .hasSize(details.size() + 2);
  }

  @Test
  void theYearlySummaryDocumentsWhichUnitsItCountsDirectlyUnderTheProvince() throws Exception {
    var document = document();

    assertThat(
            JsonPath.<Map<String, Object>>read(
                document, "$.components.schemas.YearlySummary.properties"))
        .containsKeys("districtLevel", "proposalsToProvince", "byUnit", "unitsUnderProvince");
    assertThat(
            JsonPath.<String>read(document, "$.components.schemas.UnitsUnderProvince.description"))
        .contains("COMMUNE_LEVEL", "DISTRICT_LEVEL", "directly under the province");
  }

  @Test
  void swaggerUiIsServedWithoutSigningIn() throws Exception {
    mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
    assertThat(read("/swagger-ui/index.html")).contains("swagger-ui");
  }

  private String document() throws Exception {
    var document = read("/v3/api-docs");
    Files.writeString(Path.of("target/openapi.json"), document);
    return document;
  }

  /** What a visitor without credentials reads at the path. */
  private String read(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
