package vn.dvk.shared.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Vietnamese by default; English and Hebrew on request ({@code ?lang=en}, remembered in a cookie).
 * The API also honours a supported {@code Accept-Language}, so scripts get problem details in their
 * language.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

  @Bean
  @ConfigurationProperties("spring.messages")
  MessageSourceProperties messageSourceProperties() {
    return new MessageSourceProperties();
  }

  /** Spring Boot's message source, configured the same way, but formatting without a lock. */
  @Bean
  MessageSource messageSource(MessageSourceProperties properties) {
    var source = new ConcurrentMessageSource();
    source.setBasenames(properties.getBasename().toArray(String[]::new));
    source.setDefaultEncoding(properties.getEncoding().name());
    source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
    if (properties.getCacheDuration() != null) {
      source.setCacheMillis(properties.getCacheDuration().toMillis());
    }
    source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
    source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
    return source;
  }

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver("dvk-lang");
    resolver.setDefaultLocaleFunction(LocaleConfiguration::defaultLocale);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  /**
   * Pages are in Vietnamese until the reader picks another language. API clients have no cookie:
   * their {@code Accept-Language} is honoured when it names a supported language.
   */
  static Locale defaultLocale(HttpServletRequest request) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return Languages.DEFAULT;
    }
    var accepted = request.getHeader("Accept-Language");
    if (accepted == null || accepted.isBlank()) {
      return Languages.DEFAULT;
    }
    try {
      var match = Locale.lookup(Locale.LanguageRange.parse(accepted), Languages.SUPPORTED_LOCALES);
      return match == null ? Languages.DEFAULT : match;
    } catch (IllegalArgumentException malformedHeader) {
      return Languages.DEFAULT;
    }
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new SupportedLocaleChangeInterceptor());
  }
}
