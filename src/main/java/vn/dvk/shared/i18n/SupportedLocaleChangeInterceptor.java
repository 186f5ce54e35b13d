package vn.dvk.shared.i18n;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Switches the language on {@code ?lang=vi|en|he}; any other value is ignored. */
class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

  SupportedLocaleChangeInterceptor() {
    setParamName("lang");
    setIgnoreInvalidLocale(true);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws ServletException {
    var requested = request.getParameter(getParamName());
    if (requested == null
        || !Languages.SUPPORTED_LOCALES.contains(Locale.forLanguageTag(requested.trim()))) {
      return true;
    }
    return super.preHandle(request, response, handler);
  }
}
