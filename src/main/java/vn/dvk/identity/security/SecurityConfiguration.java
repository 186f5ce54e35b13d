package vn.dvk.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.dvk.identity.ApiTokens;
import vn.dvk.identity.Permission;
import vn.dvk.identity.domain.UserRepository;
import vn.dvk.shared.web.ProblemDetails;

/**
 * Form login for people; HTTP Basic, personal API tokens ({@code Bearer}) and the same session for
 * scripts under {@code /api}. CSRF protects every state-changing request that relies on the session
 * cookie; requests that carry their own {@code Authorization} header cannot be forged by another
 * site and are exempt. The API refuses with problem details (401, never a redirect). The OpenAPI
 * document and Swagger UI are readable without signing in; the calls they describe are not.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LockoutProperties.class)
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'self'";

  /** What anyone may read without signing in: the showcase, assets, health and the API docs. */
  static final String[] PUBLIC_PATHS = {
    "/login",
    "/error",
    "/showcase",
    "/showcase/**",
    "/webjars/**",
    "/css/**",
    "/js/**",
    "/img/**",
    "/favicon.ico",
    "/actuator/health",
    "/actuator/health/**",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**"
  };

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      ApiTokens tokens,
      UserDetailsService users,
      ProblemDetails problems,
      LoginThrottle throttle,
      AuthenticationEventPublisher events,
      UserRepository accounts)
      throws Exception {
    RequestMatcher api =
        request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    var apiProblems = new ApiSecurityProblems(problems);

    http.authenticationManager(throttled(users, passwordEncoder(), throttle, events))
        .authorizeHttpRequests(
            authorize ->
                authorize
                    .requestMatchers(PUBLIC_PATHS)
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasAuthority(Permission.USERS_MANAGE.authority())
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .failureHandler(loginFailureHandler())
                    .defaultSuccessUrl("/", false)
                    .permitAll())
        .httpBasic(basic -> basic.realmName("DVK").authenticationEntryPoint(apiProblems))
        .addFilterBefore(
            new ApiTokenAuthenticationFilter(api, tokens, users, apiProblems),
            BasicAuthenticationFilter.class)
        .addFilterAfter(new PasswordChangeGate(api, accounts, problems), AuthorizationFilter.class)
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .csrf(csrf -> csrf.ignoringRequestMatchers(r -> api.matches(r) && carriesOwnCredentials(r)))
        .exceptionHandling(exceptions -> refusals(exceptions, api, apiProblems, problems))
        .headers(SecurityConfiguration::headers);
    return http.build();
  }

  /**
   * The API refuses with problem details; pages sign in by redirect or show the error page, which
   * explains a form sent without its CSRF token.
   */
  private static void refusals(
      ExceptionHandlingConfigurer<HttpSecurity> exceptions,
      RequestMatcher api,
      ApiSecurityProblems apiProblems,
      ProblemDetails problems) {
    exceptions
        .defaultAuthenticationEntryPointFor(apiProblems, api)
        .accessDeniedHandler(
            new RequestMatcherDelegatingAccessDeniedHandler(
                new LinkedHashMap<>(Map.of(api, apiProblems)), new FormRefusals(problems)));
  }

  /** Scripts and styles from this site only; no referrer sent to other sites beyond the origin. */
  private static void headers(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .referrerPolicy(
            referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
  }

  /**
   * Whether the request proves who it is by itself, so that another site cannot forge it: HTTP
   * Basic with a user name, or a bearer token. Any other Authorization header (or a malformed one)
   * leaves the request to its session cookie, and so to the CSRF check.
   */
  static boolean carriesOwnCredentials(HttpServletRequest request) {
    var header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return false;
    }
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        var decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        return decoded.indexOf(':') > 0;
      } catch (IllegalArgumentException notBase64) {
        return false;
      }
    }
    var token = ApiTokenAuthenticationFilter.bearerToken(request);
    return token != null && !token.isEmpty();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  /** The one way to sign in with a password, form or HTTP Basic, throttled (no parent manager). */
  private static AuthenticationManager throttled(
      UserDetailsService users,
      PasswordEncoder passwords,
      LoginThrottle throttle,
      AuthenticationEventPublisher events) {
    var checked = new DaoAuthenticationProvider(users);
    checked.setPasswordEncoder(passwords);
    var manager = new ProviderManager(new ThrottledAuthenticationProvider(checked, throttle));
    manager.setAuthenticationEventPublisher(events);
    return manager;
  }

  /** Every refusal reads the same: nothing tells which accounts exist or are waiting. */
  private static AuthenticationFailureHandler loginFailureHandler() {
    return (request, response, exception) ->
        response.sendRedirect(request.getContextPath() + "/login?error=bad");
  }
}
