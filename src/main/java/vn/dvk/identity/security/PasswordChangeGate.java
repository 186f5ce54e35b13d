package vn.dvk.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dvk.identity.domain.UserRepository;
import vn.dvk.shared.web.ProblemDetails;

/**
 * Holds a signed-in user who must still change a password someone else chose (the first
 * administrator, an account an administrator created or reset): every page but the password change,
 * sign-out, static files and error pages redirects to the password change, which explains why;
 * every API call but {@code PUT /api/v1/me/password} answers 403 {@code
 * api.error.password-change-required}. Read from the database on each request, so the change lifts
 * it at once, in every session.
 */
class PasswordChangeGate extends OncePerRequestFilter {

  static final String PASSWORD_PAGE = "/account/password";
  static final String API_PASSWORD = "/api/v1/me/password";

  private static final String[] ALWAYS_OPEN = {
    PASSWORD_PAGE, "/logout", "/login", "/error", "/favicon.ico"
  };
  private static final String[] STATIC = {"/css/", "/js/", "/img/", "/webjars/", "/actuator/"};

  private final RequestMatcher api;
  private final UserRepository users;
  private final ProblemDetails problems;

  PasswordChangeGate(RequestMatcher api, UserRepository users, ProblemDetails problems) {
    this.api = api;
    this.users = users;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !(authentication.getPrincipal() instanceof DvkPrincipal principal)
        || isOpen(request)
        || !users.mustChangePassword(principal.getUsername())) {
      chain.doFilter(request, response);
      return;
    }
    if (api.matches(request)) {
      problems.write(request, response, HttpStatus.FORBIDDEN, "api.error.password-change-required");
    } else {
      response.sendRedirect(request.getContextPath() + PASSWORD_PAGE + "?required");
    }
  }

  private static boolean isOpen(HttpServletRequest request) {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(API_PASSWORD)) {
      return "PUT".equals(request.getMethod());
    }
    for (var open : ALWAYS_OPEN) {
      if (path.equals(open)) {
        return true;
      }
    }
    for (var prefix : STATIC) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
