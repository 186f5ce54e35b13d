package vn.dvk.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.dvk.identity.ApiTokens;
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

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, ApiTokens tokens, UserDetailsService users, ProblemDetails problems)
      throws Exception {
    RequestMatcher api =
        request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    RequestMatcher apiWithOwnCredentials =
        request -> api.matches(request) && request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    var apiProblems = new ApiSecurityProblems(problems);

    http.authorizeHttpRequests(
            authorize ->
                authorize
                    .requestMatchers(
                        "/login",
                        "/error",
                        "/showcase",
                        "/showcase/**",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/favicon.ico",
                        "/actuator/health/**",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                    .permitAll()
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
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .csrf(csrf -> csrf.ignoringRequestMatchers(apiWithOwnCredentials))
        .exceptionHandling(
            exceptions ->
                exceptions
                    .defaultAuthenticationEntryPointFor(apiProblems, api)
                    .accessDeniedHandler(
                        new RequestMatcherDelegatingAccessDeniedHandler(
                            new LinkedHashMap<>(Map.of(api, apiProblems)),
                            new AccessDeniedHandlerImpl())))
        .headers(
            headers ->
                headers.contentSecurityPolicy(
                    csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  private static AuthenticationFailureHandler loginFailureHandler() {
    return (HttpServletRequest request,
        HttpServletResponse response,
        AuthenticationException exception) -> {
      String reason;
      if (exception instanceof LockedException) {
        reason = "locked";
      } else if (exception instanceof DisabledException) {
        reason = "disabled";
      } else {
        reason = "bad";
      }
      response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    };
  }
}
