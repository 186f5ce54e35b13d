package vn.dvk.showcase;

import static vn.dvk.shared.Texts.isBlank;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.dvk.shared.i18n.Languages;

/**
 * Keeps the public showcase's pages whole, as a visitor who is not signed in gets them, until the
 * showcase's data changes ({@link ShowcaseCatalogue} calls {@link #forget} after each publication,
 * recognition or withdrawal commits), and five minutes at most, as its data. Rendering is most of
 * what a showcase page costs, and every visitor who is not signed in gets the same page for the
 * same address and language.
 *
 * <p>Kept: a whole HTML page answered 200 without a cookie, in a supported language, whose address
 * holds only the catalogue's filters. Not kept: a signed-in reader's page (it names them), a change
 * of language (it sets a cookie), a free-text search or any other parameter (visitors could fill
 * the cache with addresses of their own), an htmx fragment, and a page rendered while the showcase
 * changed.
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

  /** Which page: the language, the path and the filters, each value apart. */
  record Key(Locale locale, String path, SortedMap<String, List<String>> filters) {}

  /** Pages are kept up to this many bytes in all. */
  static final long MAX_BYTES = 32L << 20;

  /** The catalogue's filters: a page with any other parameter is not kept. */
  private static final Set<String> FILTERS =
      Set.of("year", "level", "field", "movement", "unit", "page", "q");

  private static final AuthenticationTrustResolverImpl TRUST =
      new AuthenticationTrustResolverImpl();

  private final Cache<Key, Page> pages =
      Caffeine.newBuilder()
          .maximumWeight(MAX_BYTES)
          .weigher((Key key, Page page) -> page.body().length)
          .expireAfterWrite(Duration.ofMinutes(5))
          .build();

  /** Moves on each change of the showcase: a page rendered across one is not kept. */
  private final AtomicLong generation = new AtomicLong();

  private final LocaleResolver locales;

  PublicPages(LocaleResolver locales) {
    this.locales = locales;
  }

  /** The showcase changed: no page kept so far, nor being rendered now, is served again. */
  void forget() {
    generation.incrementAndGet();
    pages.invalidateAll();
  }

  /** How many pages are kept now. */
  long kept() {
    pages.cleanUp();
    return pages.estimatedSize();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    var reader = SecurityContextHolder.getContext().getAuthentication();
    return !"GET".equals(request.getMethod())
        || (reader != null && !TRUST.isAnonymous(reader))
        || request.getHeader("HX-Request") != null
        || !isBlank(request.getParameter("q"))
        || !FILTERS.containsAll(request.getParameterMap().keySet());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var locale = locales.resolveLocale(request);
    if (!Languages.SUPPORTED_LOCALES.contains(locale)) {
      chain.doFilter(request, response);
      return;
    }
    var filters = new TreeMap<String, List<String>>();
    request.getParameterMap().forEach((name, values) -> filters.put(name, List.of(values)));
    var key = new Key(locale, request.getRequestURI(), filters);
    var kept = pages.getIfPresent(key);
    if (kept != null) {
      kept.writeTo(response);
      return;
    }
    var before = generation.get();
    var sent = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, sent);
    var type = sent.getContentType();
    if (sent.getStatus() == HttpServletResponse.SC_OK
        && type != null
        && type.startsWith("text/html")
        && !sent.containsHeader("Set-Cookie")
        && !request.isAsyncStarted()
        && generation.get() == before) {
      pages.put(key, new Page(locale, type, sent.getContentAsByteArray()));
    }
    sent.copyBodyToResponse();
  }
}
