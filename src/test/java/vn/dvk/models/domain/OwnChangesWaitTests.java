package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class OwnChangesWaitTests {

  private final SearchIndexer indexer = mock(SearchIndexer.class);
  private final OwnChangesWait filter =
      new OwnChangesWait(
          new StaticListableBeanFactory(Map.of("indexer", indexer))
              .getBeanProvider(SearchIndexer.class));
  private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/models");

  @AfterEach
  void leaveTheRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void outsideARequestTheWriterWaitsAtOnce() {
    assertThat(OwnChangesWait.defer(7)).isFalse();
  }

  @Test
  void aRequestThatThisFilterDoesNotWrapWaitsAtOnce() {
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

    assertThat(OwnChangesWait.defer(7)).isFalse();
  }

  @Test
  void aRequestWaitsForItsLastWriterOnceItsWorkIsDone() throws Exception {
    filter.doFilter(
        request,
        new MockHttpServletResponse(),
        (req, res) -> {
          RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
          assertThat(OwnChangesWait.defer(5)).isTrue();
          assertThat(OwnChangesWait.defer(3)).isTrue();
          // Still in the request's work (its transactions): nobody waits yet.
          verify(indexer, never()).awaitOwn(anyLong());
        });

    verify(indexer).awaitOwn(5);
  }

  @Test
  void withoutTheIndexNobodyWaits() throws Exception {
    var withoutIndex =
        new OwnChangesWait(new StaticListableBeanFactory().getBeanProvider(SearchIndexer.class));

    withoutIndex.doFilter(
        request,
        new MockHttpServletResponse(),
        (req, res) -> {
          RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
          OwnChangesWait.defer(5);
        });

    verifyNoInteractions(indexer);
  }

  @Test
  void aRequestThatChangedNothingDoesNotWait() throws Exception {
    filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {});

    verifyNoInteractions(indexer);
  }
}
