package vn.dvk.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.LocalizedException;
import vn.dvk.shared.NotFoundException;

/**
 * Maps the typed exceptions, once for all pages, to the localized error page with the right status.
 * The API has its own mapping to problem details ({@link ApiExceptionHandling}).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandling {

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException exception, HttpServletResponse response) {
    return errorPage(HttpStatus.NOT_FOUND, exception, response);
  }

  @ExceptionHandler(BusinessRuleException.class)
  ModelAndView ruleBroken(BusinessRuleException exception, HttpServletResponse response) {
    return errorPage(HttpStatus.UNPROCESSABLE_CONTENT, exception, response);
  }

  @ExceptionHandler(ForbiddenException.class)
  ModelAndView forbidden(ForbiddenException exception, HttpServletResponse response) {
    return errorPage(HttpStatus.FORBIDDEN, exception, response);
  }

  @ExceptionHandler(ConflictException.class)
  ModelAndView conflict(ConflictException exception, HttpServletResponse response) {
    return errorPage(HttpStatus.CONFLICT, exception, response);
  }

  /** A concurrent change: a stale version, a number or ballot taken meanwhile, a lock not had. */
  @ExceptionHandler({
    OptimisticLockingFailureException.class,
    DuplicateKeyException.class,
    PessimisticLockingFailureException.class
  })
  ModelAndView conflict(HttpServletResponse response) {
    return errorPage(HttpStatus.CONFLICT, null, response);
  }

  /** What the database refused although every check passed (see the API's handling). */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ModelAndView refusedByTheDatabase(HttpServletResponse response) {
    return errorPage(
        HttpStatus.UNPROCESSABLE_CONTENT,
        new BusinessRuleException("validation.refused-data"),
        response);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge(HttpServletResponse response) {
    return errorPage(HttpStatus.CONTENT_TOO_LARGE, null, response);
  }

  static ModelAndView errorPage(
      HttpStatus status, LocalizedException exception, HttpServletResponse response) {
    response.setStatus(status.value());
    var page = new ModelAndView("error");
    page.setStatus(status);
    page.addObject("status", status.value());
    if (exception != null) {
      page.addObject("messageKey", exception.messageKey());
      page.addObject("messageArguments", exception.arguments());
    }
    if (exception instanceof InvalidInputException invalid) {
      page.addObject("violations", invalid.violations());
    }
    return page;
  }
}
