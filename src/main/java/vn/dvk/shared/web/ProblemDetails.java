package vn.dvk.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details with title and detail in the reader's language and {@code code} = the
 * message key: built here for the API's exception handling and for the security filters, which
 * answer (401, a refused CSRF token) before any controller is reached.
 */
@Component
public class ProblemDetails {

  private final MessageSource messages;
  private final LocaleResolver locales;
  private final JsonMapper json;

  ProblemDetails(MessageSource messages, LocaleResolver locales, JsonMapper json) {
    this.messages = messages;
    this.locales = locales;
    this.json = json;
  }

  /**
   * A problem of this status; its detail is the message {@code messageKey}, or the status's general
   * detail when the key is null.
   */
  public ProblemDetail of(HttpStatus status, String messageKey, Object[] arguments, Locale locale) {
    var problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create("urn:dvk:problem:" + status.value()));
    problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, locale));
    if (messageKey == null) {
      problem.setDetail(messages.getMessage("error." + status.value() + ".detail", null, locale));
    } else {
      problem.setDetail(messages.getMessage(messageKey, arguments, locale));
      problem.setProperty("code", messageKey);
    }
    return problem;
  }

  /** Writes the problem as the whole response, in the language the request asks for. */
  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String key,
      Object... arguments)
      throws IOException {
    var problem = of(status, key, arguments, locales.resolveLocale(request));
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
