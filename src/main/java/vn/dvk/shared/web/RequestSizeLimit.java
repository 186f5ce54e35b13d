package vn.dvk.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Refuses a request whose declared body is larger than any upload may be, before anything reads it
 * (the CSRF check would otherwise make the container parse it and fail with a bare 413 and a stack
 * trace in the log): the API answers a problem detail, the pages the localized error page. Uploads
 * within this limit but over the application's own (attachments, workbooks) get their own message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

  private final DataSize limit;
  private final ProblemDetails problems;

  RequestSizeLimit(
      @Value("${spring.servlet.multipart.max-request-size:51MB}") DataSize limit,
      ProblemDetails problems) {
    this.limit = limit;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() <= limit.toBytes()) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      problems.write(
          request,
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          "error.request-too-large",
          String.valueOf(limit.toMegabytes()));
    } else {
      errorPage(request, response);
    }
  }

  /**
   * The localized error page, rendered into a buffer (an include: a forward would close the
   * response first) and sent whole with its length: the container closes the connection on the body
   * nobody reads, and a page still being sent in chunks would be cut off.
   */
  private static void errorPage(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    var page = new ContentCachingResponseWrapper(response);
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
    page.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    request.getRequestDispatcher("/error").include(request, page);
    page.copyBodyToResponse();
  }
}
