package vn.dvk.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Small helpers for API tests: a JSON body sent as a demo user, a value read from an answer. */
public final class Api {

  private Api() {}

  /** The request with a JSON body, as {@code user} (password {@code demo}) over HTTP Basic. */
  public static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String user, String body) {
    return request
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .with(httpBasic(user, "demo"));
  }

  /** The request as {@code user} (password {@code demo}) over HTTP Basic. */
  public static MockHttpServletRequestBuilder as(
      MockHttpServletRequestBuilder request, String user) {
    return request.with(httpBasic(user, "demo"));
  }

  /** A number of the answer's JSON, e.g. {@code "$.id"}. */
  public static long read(ResultActions answer, String path) {
    try {
      Number value = JsonPath.read(answer.andReturn().getResponse().getContentAsString(), path);
      return value.longValue();
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
