package vn.dvk.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login for people, HTTP Basic (and the same session) for scripts under {@code /api}. CSRF
 * protects every state-changing request that relies on the session cookie; requests that carry
 * their own {@code Authorization} header cannot be forged by another site and are exempt.
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
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    RequestMatcher api =
        request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    RequestMatcher apiWithOwnCredentials =
        request -> api.matches(request) && request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    var basicEntryPoint = new BasicAuthenticationEntryPoint();
    basicEntryPoint.setRealmName("DVK");

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
                        "/actuator/health/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .failureHandler(loginFailureHandler())
                    .defaultSuccessUrl("/", false)
                    .permitAll())
        .httpBasic(basic -> basic.realmName("DVK"))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .csrf(csrf -> csrf.ignoringRequestMatchers(apiWithOwnCredentials))
        .exceptionHandling(
            exceptions -> exceptions.defaultAuthenticationEntryPointFor(basicEntryPoint, api))
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
