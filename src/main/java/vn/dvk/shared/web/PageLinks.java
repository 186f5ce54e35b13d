package vn.dvk.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of a paged list's pages, each keeping the list's filters and its page size (when
 * not the default), for the shared pager ({@code fragments/pager.html}): {@code links.at(2)} in a
 * template.
 */
public final class PageLinks {

  private final String path;
  private final int size;
  private final Map<String, Object> filters = new LinkedHashMap<>();

  private PageLinks(String path, int size) {
    this.path = path;
    this.size = size;
  }

  /** The links of a list at {@code path}, paged like {@code page}. */
  public static PageLinks of(String path, ApiPage<?> page) {
    return new PageLinks(path, page.size());
  }

  /** Keeps a filter in every link; an empty one is left out. */
  public PageLinks with(String name, Object value) {
    if (value != null && !value.toString().isBlank()) {
      filters.put(name, value);
    }
    return this;
  }

  /** The address of a page, counted from 0; the first page has no page number. */
  public String at(int page) {
    var uri = UriComponentsBuilder.fromPath(path);
    filters.forEach(uri::queryParam);
    if (size != ApiPage.DEFAULT_SIZE) {
      uri.queryParam("size", size);
    }
    if (page > 0) {
      uri.queryParam("page", page);
    }
    return uri.encode().build().toUriString();
  }
}
