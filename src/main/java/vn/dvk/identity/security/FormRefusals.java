package vn.dvk.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import vn.dvk.shared.web.ProblemDetails;

/**
 * How a page refuses a request: a form sent without its security token (CSRF), or with one that
 * expired with the session, says so and what to do (reload the page; scripts use {@code /api/v1})
 * on the error page, or as a problem detail to a client that asks for JSON. Any other refusal is
 * the plain 403 error page.
 */
class FormRefusals implements AccessDeniedHandler {

  static final String CSRF_MESSAGE = "security.error.csrf-form";

  private final ProblemDetails problems;
  private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

  FormRefusals(ProblemDetails problems) {
    this.problems = problems;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    if (!(denied instanceof CsrfException)) {
      otherwise.handle(request, response, denied);
    } else if (asksForJson(request)) {
      problems.write(request, response, HttpStatus.FORBIDDEN, CSRF_MESSAGE);
    } else {
      // Read by the error page (error.html), which the 403 is rendered with.
      request.setAttribute("messageKey", CSRF_MESSAGE);
      request.setAttribute("messageArguments", new Object[0]);
      otherwise.handle(request, response, denied);
    }
  }

  /** A client that names JSON among what it accepts, and not HTML (a script, not a browser). */
  static boolean asksForJson(HttpServletRequest request) {
    var accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && accept.contains("json") && !accept.contains("text/html");
  }
}
