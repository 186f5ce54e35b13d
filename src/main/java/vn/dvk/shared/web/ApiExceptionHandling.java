package vn.dvk.shared.web;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.NotFoundException;

/**
 * RFC 9457 problem details for every error of the REST API, with title and detail in the caller's
 * language ({@code Accept-Language}); {@code code} carries the stable message key.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandling extends ResponseEntityExceptionHandler {

  private final MessageSource messages;
  private final ProblemDetails problems;

  ApiExceptionHandling(MessageSource messages, ProblemDetails problems) {
    this.messages = messages;
    this.problems = problems;
    setMessageSource(messages);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException exception) {
    return problem(HttpStatus.NOT_FOUND, exception);
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException exception) {
    var response = problem(HttpStatus.UNPROCESSABLE_CONTENT, exception);
    var locale = LocaleContextHolder.getLocale();
    response
        .getBody()
        .setProperty(
            "errors",
            exception.violations().stream()
                .map(
                    v ->
                        Map.of(
                            "field",
                            v.field(),
                            "code",
                            v.messageKey(),
                            "message",
                            messages.getMessage(v.messageKey(), v.arguments(), locale)))
                .toList());
    return response;
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ProblemDetail> forbidden(ForbiddenException exception) {
    return problem(HttpStatus.FORBIDDEN, exception);
  }

  @ExceptionHandler(BusinessRuleException.class)
  ResponseEntity<ProblemDetail> ruleBroken(BusinessRuleException exception) {
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, exception);
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException exception) {
    return problem(HttpStatus.CONFLICT, exception);
  }

  /** A concurrent change: a stale version, a number or ballot taken meanwhile, a lock not had. */
  @ExceptionHandler({
    OptimisticLockingFailureException.class,
    DuplicateKeyException.class,
    PessimisticLockingFailureException.class
  })
  ResponseEntity<ProblemDetail> conflict() {
    return problem(HttpStatus.CONFLICT, null);
  }

  /**
   * What the database refused although every check passed: a text longer than its column, a
   * character it cannot store (PostgreSQL refuses NUL). The request is wrong, not the server.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> refusedByTheDatabase() {
    // A duplicate key, the more specific exception, is a conflict (handled above).
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT, new BusinessRuleException("validation.refused-data"));
  }

  /** A body that says it is a form but is not one (no boundary, cut short). */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> notAForm() {
    return problem(HttpStatus.BAD_REQUEST, null);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> forbidden() {
    return problem(HttpStatus.FORBIDDEN, null);
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status, LocalizedException exception) {
    var problem =
        exception == null
            ? problems.of(status, null, null, LocaleContextHolder.getLocale())
            : problems.of(
                status,
                exception.messageKey(),
                exception.arguments(),
                LocaleContextHolder.getLocale());
    return ResponseEntity.status(status).body(problem);
  }
}
