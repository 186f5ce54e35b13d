package vn.dvk.identity.security;

import static org.mockito.Mockito.mock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.dvk.identity.ApiTokens;
import vn.dvk.identity.domain.UserRepository;

/**
 * The application's own security filter chain, for MVC slice tests: the same public paths, CSRF
 * rules, API refusals (401 and 403 as problem details) and method security. What it needs to sign
 * people in is mocked: slices act as a user with {@code @WithMockUser}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class SliceSecurity {

  @Bean
  LoginThrottle loginThrottle() {
    return mock(LoginThrottle.class);
  }

  @Bean
  UserDetailsService userDetailsService() {
    return mock(UserDetailsService.class);
  }

  /** Nobody in a slice must change their password ({@code PasswordChangeGate} reads it here). */
  @Bean
  UserRepository userRepository() {
    return mock(UserRepository.class);
  }

  @Bean
  ApiTokens apiTokens() {
    return mock(ApiTokens.class);
  }
}
