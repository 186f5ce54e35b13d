package vn.dvk.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.dvk.shared.web.ProblemDetails;

/**
 * How the API refuses a request before any controller sees it: 401 with both challenges (HTTP Basic
 * and a bearer token) and a problem detail in the caller's language, never a redirect to the login
 * page. A refused CSRF token is a 401 too when nobody is signed in (a script without credentials
 * must learn that it needs some), and a 403 problem detail otherwise.
 */
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "realm=\"DVK\"";

  private final ProblemDetails problems;
  private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

  ApiSecurityProblems(ProblemDetails problems) {
    this.problems = problems;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic " + REALM);
    response.addHeader(
        HttpHeaders.WWW_AUTHENTICATE,
        ApiTokenAuthenticationFilter.bearerToken(request) == null
            ? "Bearer " + REALM
            : "Bearer " + REALM + ", error=\"invalid_token\"");
    problems.write(request, response, HttpStatus.UNAUTHORIZED, messageKey(request, failure));
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || trust.isAnonymous(authentication)) {
      commence(request, response, new InsufficientAuthenticationException("not signed in"));
    } else {
      problems.write(request, response, HttpStatus.FORBIDDEN, "api.error.csrf");
    }
  }

  private static String messageKey(HttpServletRequest request, AuthenticationException failure) {
    if (failure instanceof AccountStatusException
        && ApiTokenAuthenticationFilter.bearerToken(request) != null) {
      // Only the holder of a real token learns that its account is locked or disabled.
      return "api.error.account-unavailable";
    }
    if (failure instanceof BadCredentialsException) {
      return "api.error.bad-credentials";
    }
    return "api.error.credentials-required";
  }
}
