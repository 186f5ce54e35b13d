package vn.dvk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dvk.support.ApiEndpoints;
import vn.dvk.support.ApiEndpoints.Endpoint;
import vn.dvk.support.IntegrationTest;

/**
 * Every {@code /api/v1} endpoint, as Spring MVC maps it (so a new one is covered without being
 * listed here), refuses a caller without credentials, or with a token that is not one, with a 401
 * problem detail in the caller's language that still names the ways to authenticate.
 */
@IntegrationTest
class ApiAuthenticationProblemTests {

  @Autowired MockMvc mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @TestFactory
  Stream<DynamicTest> everyEndpointAsksForCredentialsWithAProblemDetail() {
    var endpoints = ApiEndpoints.all(mapping);
    assertThat(endpoints).hasSizeGreaterThan(20);
    return endpoints.stream()
        .map(
            endpoint ->
                DynamicTest.dynamicTest(
                    endpoint.toString(),
                    () -> {
                      expectProblem(endpoint, "vi", null, "Cần đăng nhập")
                          .andExpect(jsonPath("$.code").value("api.error.credentials-required"));
                      expectProblem(endpoint, "en", null, "Sign-in required");
                      expectProblem(endpoint, "he", null, "נדרשת כניסה");
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointRefusesATokenThatIsNotOne() {
    return ApiEndpoints.all(mapping).stream()
        .map(
            endpoint ->
                DynamicTest.dynamicTest(
                    endpoint.toString(),
                    () -> {
                      expectProblem(endpoint, "en", "Bearer dvk_not-a-token", "Sign-in required")
                          .andExpect(jsonPath("$.code").value("api.error.bad-credentials"))
                          .andExpect(
                              header()
                                  .stringValues(
                                      "WWW-Authenticate",
                                      Matchers.hasItem(Matchers.containsString("invalid_token"))));
                      expectProblem(endpoint, "en", "Bearer revoked-or-foreign", "Sign-in required")
                          .andExpect(jsonPath("$.code").value("api.error.bad-credentials"));
                    }));
  }

  private ResultActions expectProblem(
      Endpoint endpoint, String language, String authorization, String title) throws Exception {
    var call =
        request(HttpMethod.valueOf(endpoint.method().name()), endpoint.samplePath())
            .header("Accept-Language", language)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}");
    if (authorization != null) {
      call.header("Authorization", authorization);
    }
    return mvc.perform(call)
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(
            header().stringValues("WWW-Authenticate", Matchers.hasItem("Basic realm=\"DVK\"")))
        .andExpect(jsonPath("$.status").value(401))
        .andExpect(jsonPath("$.title").value(title))
        .andExpect(jsonPath("$.detail").isNotEmpty())
        .andExpect(jsonPath("$.instance").value(endpoint.samplePath()));
  }
}
