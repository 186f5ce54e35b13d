package vn.dvk.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dvk.identity.ApiTokens;

/**
 * {@code Authorization: Bearer dvk_…} on an API request: the request acts as the token's owner,
 * with the owner's role and scope as they are now (a disabled or locked account's tokens stop
 * working). Nothing is kept in a session: every request shows its token. Pages ignore bearer
 * tokens, so a token can never open the web interface.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final RequestMatcher api;
  private final ApiTokens tokens;
  private final UserDetailsService users;
  private final AuthenticationEntryPoint entryPoint;
  private final AccountStatusUserDetailsChecker accountStatus =
      new AccountStatusUserDetailsChecker();
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  ApiTokenAuthenticationFilter(
      RequestMatcher api,
      ApiTokens tokens,
      UserDetailsService users,
      AuthenticationEntryPoint entryPoint) {
    this.api = api;
    this.tokens = tokens;
    this.users = users;
    this.entryPoint = entryPoint;
  }

  /** The token the request presents, or null when it presents none. */
  static String bearerToken(HttpServletRequest request) {
    var header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).trim();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !api.matches(request) || bearerToken(request) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      var user = owner(bearerToken(request));
      var context = contexts.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
      contexts.setContext(context);
      request.setAttribute(ApiTokens.AUTHENTICATED_BY_TOKEN, Boolean.TRUE);
    } catch (AuthenticationException refused) {
      contexts.clearContext();
      entryPoint.commence(request, response, refused);
      return;
    }
    chain.doFilter(request, response);
  }

  private UserDetails owner(String token) {
    var username =
        tokens.ownerOf(token).orElseThrow(() -> new BadCredentialsException("unknown token"));
    var user = users.loadUserByUsername(username);
    accountStatus.check(user);
    if (user instanceof DvkPrincipal principal) {
      principal.eraseCredentials();
    }
    return user;
  }
}
