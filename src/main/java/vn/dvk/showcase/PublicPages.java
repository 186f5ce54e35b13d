package vn.dvk.showcase;

import static vn.dvk.shared.Texts.isBlank;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public showcase's pages whole, as a visitor who is not signed in gets them, for as long
 * as the showcase keeps its data ({@link ShowcaseCatalogue}: until a publication, a recognition or
 * a withdrawal changes it, and five minutes at most). Rendering the page is most of what a showcase
 * request costs, and every visitor who is not signed in gets the same page for the same address and
 * language. Not kept: a signed-in reader's page (it names them), a request that changes the
 * language (it sets a cookie), a free-text search (its addresses are unbounded), an htmx fragment,
 * and anything but a whole HTML page.
 */
class PublicPages extends OncePerRequestFilter {

  /** A page as it was sent. */
  record Page(Locale locale, String contentType, byte[] body) {

    void writeTo(HttpServletResponse response) throws IOException {
      response.setLocale(locale);
      response.setContentType(contentType);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }

  /** Pages are kept up to this many bytes in all, the oldest written first out. */
  static final long MAX_BYTES = 32L << 20;

  private static final AuthenticationTrustResolverImpl TRUST =
      new AuthenticationTrustResolverImpl();

  private final Cache pages;
  private final LocaleResolver locales;

  PublicPages(Cache pages, LocaleResolver locales) {
    this.pages = pages;
    this.locales = locales;
  }

  /** The pages' own cache: weighed by their bytes, emptied with the showcase's data. */
  static CacheManagerCustomizer<CaffeineCacheManager> cache() {
    return manager ->
        manager.registerCustomCache(
            ShowcaseCatalogue.PAGES,
            Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .weigher((Object key, Object page) -> ((Page) page).body().length)
                .expireAfterWrite(Duration.ofMinutes(5))
                .build());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    var reader = SecurityContextHolder.getContext().getAuthentication();
    return !"GET".equals(request.getMethod())
        || (reader != null && !TRUST.isAnonymous(reader))
        || request.getParameter("lang") != null
        || !isBlank(request.getParameter("q"))
        || request.getHeader("HX-Request") != null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var locale = locales.resolveLocale(request);
    var key = new StringBuilder(locale.toLanguageTag()).append(' ').append(request.getRequestURI());
    new TreeMap<>(request.getParameterMap())
        .forEach(
            (name, values) -> key.append(' ').append(name).append('=').append(List.of(values)));
    var kept = pages.get(key.toString(), Page.class);
    if (kept != null) {
      kept.writeTo(response);
      return;
    }
    var sent = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, sent);
    var type = sent.getContentType();
    if (sent.getStatus() == HttpServletResponse.SC_OK
        && type != null
        && type.startsWith("text/html")
        && !sent.containsHeader("Set-Cookie")) {
      pages.put(key.toString(), new Page(locale, type, sent.getContentAsByteArray()));
    }
    sent.copyBodyToResponse();
  }
}
