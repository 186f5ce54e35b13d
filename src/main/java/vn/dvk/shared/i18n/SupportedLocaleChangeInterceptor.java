package vn.dvk.shared.i18n;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dvk.shared.web.RenderedPages;

/**
 * Switches the language on {@code ?lang=vi|en|he}; any other value is ignored. Gives each page the
 * links to itself in every language ({@code languageLinks}), its query kept: switching language
 * keeps a list's filters and page.
 */
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

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
    if (!RenderedPages.renders(page) || request.getDispatcherType() == DispatcherType.ERROR) {
      return; // an error page keeps the browser's address; a redirect would carry the links
    }
    var links = new LinkedHashMap<String, String>();
    for (var locale : Languages.SUPPORTED_LOCALES) {
      links.put(
          locale.getLanguage(),
          UriComponentsBuilder.fromPath(request.getRequestURI())
              .query(request.getQueryString())
              .replaceQueryParam(getParamName(), locale.getLanguage())
              .build(true)
              .toUriString());
    }
    page.addObject("languageLinks", links);
  }
}
