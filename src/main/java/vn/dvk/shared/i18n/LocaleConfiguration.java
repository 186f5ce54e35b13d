package vn.dvk.shared.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
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
