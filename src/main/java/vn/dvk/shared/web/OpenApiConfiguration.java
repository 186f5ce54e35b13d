package vn.dvk.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/v1} ({@code /v3/api-docs}, Swagger UI at {@code
 * /swagger-ui.html}): both ways to authenticate, and the problem details every call may answer
 * with, described once and referred to from each operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  private static final String PROBLEM = "Problem";

  /** What any call may answer; calls that send a body may also answer {@link #WHEN_WRITING}. */
  private static final Map<String, String> ALWAYS =
      Map.of(
          "401", "No credentials, or wrong, expired or revoked ones",
          "403", "The caller's role does not allow this",
          "404", "Not found, or outside the caller's scope (the two are not told apart)");

  private static final Map<String, String> WHEN_WRITING =
      Map.of(
          "400", "Malformed request",
          "409", "Changed meanwhile by someone else, or an action not allowed in the current state",
          "422", "Invalid data (each invalid field in errors) or a broken rule of the process");

  private static final Set<PathItem.HttpMethod> WRITING =
      Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH);

  @Bean
  OpenAPI dvkOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("DVK API")
                .version("v1")
                .description(
                    "The “Dân vận khéo” model registry: units, models, recognition and reports,"
                        + " with the same users, permissions and scope as the web pages. Send HTTP"
                        + " Basic credentials or a personal API token (made on the page Account →"
                        + " API tokens) as `Authorization: Bearer dvk_…`. Errors are RFC 9457"
                        + " problem details (`application/problem+json`) in the language of"
                        + " `Accept-Language` (vi, en, he); `code` is a stable message key."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("The user's name and password."))
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("dvk_…")
                        .description("A personal API token; acts as its owner.")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }

  /**
   * Adds the problem-detail answers to every operation that does not describe them itself (after
   * springdoc has computed the schemas, which would otherwise replace the one added here).
   */
  @Bean
  OpenApiCustomizer problemResponses() {
    return openApi -> {
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      openApi
          .getPaths()
          .values()
          .forEach(
              path ->
                  path.readOperationsMap()
                      .forEach(
                          (method, operation) -> {
                            addProblems(operation, ALWAYS);
                            if (WRITING.contains(method)) {
                              addProblems(operation, WHEN_WRITING);
                            }
                          }));
    };
  }

  private static void addProblems(Operation operation, Map<String, String> statuses) {
    statuses.forEach(
        (status, description) -> {
          if (!operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, problem(description));
          }
        });
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  private static Schema<?> problemSchema() {
    return new ObjectSchema()
        .description("An RFC 9457 problem detail, title and detail in the caller's language")
        .addProperty("type", new StringSchema().format("uri").example("urn:dvk:problem:404"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema().format("uri"))
        .addProperty("code", new StringSchema().description("the message key, stable"))
        .addProperty(
            "errors",
            new ArraySchema()
                .description("422 only: each invalid field")
                .items(
                    new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("code", new StringSchema())
                        .addProperty("message", new StringSchema())));
  }
}
