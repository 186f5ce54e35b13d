package vn.dvk.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for tests against the running application: cookies, forms, CSRF. */
public final class WebClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;
  private final Map<String, String> headers = new LinkedHashMap<>();

  public WebClient(int port) {
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    headers.put("Accept", "text/html");
  }

  public WebClient header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** Picks the interface language as a reader does, with the language switch. */
  public WebClient language(String language) {
    get("/login?lang=" + language);
    return this;
  }

  public WebClient basic(String user, String password) {
    var token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return header("Authorization", "Basic " + token);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** Posts a form with the CSRF token of the page at {@code formPage}. */
  public HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
    var page = get(formPage).body();
    var matcher = CSRF.matcher(page);
    var all = new LinkedHashMap<>(fields);
    if (matcher.find()) {
      all.put("_csrf", matcher.group(1));
    }
    var body =
        all.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Posts one file as multipart/form-data (field {@code file}) with the page's CSRF token. */
  public HttpResponse<String> upload(
      String formPage, String path, String fileName, byte[] content) {
    var page = get(formPage).body();
    var matcher = CSRF.matcher(page);
    var token = matcher.find() ? matcher.group(1) : "";
    var boundary = "----dvk" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    var head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
            + token
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public HttpResponse<String> login(String user, String password) {
    return post("/login", "/login", Map.of("username", user, "password", password));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
