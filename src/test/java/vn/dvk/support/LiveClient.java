package vn.dvk.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * What a script does against the API, counted: each call as one user with that user's own password
 * (they change as the users do), and the number of HTTP calls made so far.
 */
public final class LiveClient {

  private final MockMvc mvc;
  private final Map<String, String> passwords = new HashMap<>();
  private int calls;

  public LiveClient(MockMvc mvc) {
    this.mvc = mvc;
  }

  public int calls() {
    return calls;
  }

  public void password(String username, String password) {
    passwords.put(username, password);
  }

  /** The user changes their password (the first sign-in's forced change). */
  public void changePassword(String username, String newPassword) throws Exception {
    var body =
        "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}"
            .formatted(passwords.get(username), newPassword);
    expect(send(username, put("/api/v1/me/password"), body), 204);
    passwords.put(username, newPassword);
  }

  public String read(String username, String url) throws Exception {
    return text(expect(send(username, get(url), null), 200));
  }

  public byte[] bytes(String username, String url) throws Exception {
    return expect(send(username, get(url), null), 200).getContentAsByteArray();
  }

  /** A JSON body posted; the answer's body, after checking its status. */
  public String send(String username, String url, String body, int status) throws Exception {
    return text(expect(send(username, post(url), body), status));
  }

  /** A file uploaded to an import; the job's address. */
  public String upload(String username, String url, byte[] file, String name) throws Exception {
    var request = multipart(url).file(new MockMultipartFile("file", name, null, file));
    return expect(send(username, request, null), 202).getHeader("Location");
  }

  /** Polls a job until it has finished; its last answer. */
  public String finished(String username, String jobUrl) throws Exception {
    for (int i = 0; i < 600; i++) {
      var body = read(username, jobUrl);
      String state = JsonPath.read(body, "$.state");
      if (List.of("DONE", "FAILED", "INTERRUPTED").contains(state)) {
        return body;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the job " + jobUrl + " did not finish");
  }

  private MockHttpServletResponse send(
      String username, AbstractMockHttpServletRequestBuilder<?> request, String body)
      throws Exception {
    calls++;
    request.with(httpBasic(username, passwords.get(username))).header("Accept-Language", "en");
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private static MockHttpServletResponse expect(MockHttpServletResponse response, int status)
      throws Exception {
    if (response.getStatus() != status) {
      throw new AssertionError(
          "expected " + status + " but was " + response.getStatus() + ": " + text(response));
    }
    return response;
  }

  private static String text(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
