package vn.dvk.models.domain;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that changed what lists show answers once the search index has applied its changes, so
 * that the list it leads to shows them. It waits at the end of the request, when its transactions
 * have given their database connections back: a writer that waited while holding one starved the
 * pool the index reads the changes from (16 parallel writers then stalled for the whole wait). Work
 * outside a request (an import's thread) waits at once.
 */
@Component
class OwnChangesWait extends OncePerRequestFilter {

  private static final String MARK = OwnChangesWait.class.getName() + ".mark";
  private static final long NONE = Long.MIN_VALUE;

  private final ObjectProvider<SearchIndexer> indexer;

  /** The indexer is absent from web slices, which load filters without the index. */
  OwnChangesWait(ObjectProvider<SearchIndexer> indexer) {
    this.indexer = indexer;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    request.setAttribute(MARK, NONE);
    try {
      chain.doFilter(request, response);
    } finally {
      if (request.getAttribute(MARK) instanceof Long mark && mark != NONE) {
        indexer.ifAvailable(it -> it.awaitOwn(mark));
      }
    }
  }

  /**
   * Leaves the wait for the writer {@code mark} to the end of the current request; false when there
   * is none that this filter wraps. A request that commits twice waits for its last writer, which
   * finished after the first.
   */
  static boolean defer(long mark) {
    var request = RequestContextHolder.getRequestAttributes();
    if (request == null
        || !(request.getAttribute(MARK, RequestAttributes.SCOPE_REQUEST) instanceof Long earlier)) {
      return false;
    }
    request.setAttribute(MARK, Math.max(earlier, mark), RequestAttributes.SCOPE_REQUEST);
    return true;
  }
}
