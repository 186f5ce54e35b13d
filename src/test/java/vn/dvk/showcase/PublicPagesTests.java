package vn.dvk.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;

/**
 * The showcase's pages are kept whole for visitors who are not signed in, one per address and
 * language, until the showcase changes; a signed-in reader's page is never kept nor served from
 * them.
 */
@IntegrationTest
class PublicPagesTests {

  @Autowired MockMvc mvc;
  @Autowired PublicPages pages;
  @Autowired Showcase showcase;
  @Autowired CacheManager caches;
  @Autowired JdbcClient jdbc;
  @Autowired ShowcaseCatalogue catalogue;
  @Autowired UserDetailsService users;

  @BeforeEach
  void noPageKept() {
    pages.forget();
  }

  @Test
  void aVisitorsPageIsServedAsItWasKeptUntilTheShowcaseChanges() throws Exception {
    var id =
        jdbc.sql("select min(model_id) from showcase_publication where published_at is not null")
            .query(Long.class)
            .single();
    var path = showcase.model(id).path();
    var summary = showcase.model(id).summary();
    mvc.perform(get(path)).andExpect(status().isOk());
    assertThat(kept()).isEqualTo(1);

    try {
      // the data changes behind the showcase's back: only the kept page still says the old text
      summary(id, summary + " (sửa)");
      mvc.perform(get(path))
          .andExpect(header().exists("ETag"))
          .andExpect(content().string(not(containsString(summary + " (sửa)"))));

      pages.forget();
      assertThat(kept()).isZero();
      mvc.perform(get(path)).andExpect(content().string(containsString(summary + " (sửa)")));
    } finally {
      summary(id, summary);
      pages.forget();
    }
  }

  @Test
  void aChangeOfTheShowcaseForgetsTheKeptPages() throws Exception {
    mvc.perform(get("/showcase/figures")).andExpect(status().isOk());
    assertThat(kept()).isEqualTo(1);

    catalogue.changed(new ShowcaseChanged(1));
    assertThat(kept()).isZero();
  }

  /** Writes a public summary and empties the catalogue's data cache, not the kept pages. */
  private void summary(long id, String text) {
    jdbc.sql("update showcase_publication set public_summary = :text where model_id = :id")
        .param("text", text)
        .param("id", id)
        .update();
    caches.getCache(ShowcaseCatalogue.CACHE).clear();
  }

  @Test
  void aSignedInReadersPageIsNeitherKeptNorServedFromTheKeptOnes() throws Exception {
    mvc.perform(get("/showcase")).andExpect(content().string(containsString("id=\"nav-login\"")));
    assertThat(kept()).isEqualTo(1);

    mvc.perform(get("/showcase").with(user(users.loadUserByUsername("leader"))))
        .andExpect(content().string(containsString("id=\"user-menu\"")))
        .andExpect(content().string(not(containsString("id=\"nav-login\""))));
    assertThat(kept()).isEqualTo(1);
  }

  @Test
  void eachLanguageHasItsOwnPageAndAChangeOfLanguageIsNotKept() throws Exception {
    mvc.perform(get("/showcase").param("lang", "en"))
        .andExpect(content().string(containsString("<html lang=\"en\"")));
    assertThat(kept()).isZero();

    mvc.perform(get("/showcase")).andExpect(content().string(containsString("<html lang=\"vi\"")));
    mvc.perform(get("/showcase").cookie(new Cookie("dvk-lang", "en")))
        .andExpect(content().string(containsString("<html lang=\"en\"")));
    mvc.perform(get("/showcase")).andExpect(content().string(containsString("<html lang=\"vi\"")));
    assertThat(kept()).isEqualTo(2);
  }

  @Test
  void aFreeTextSearchIsNotKeptNorAnyParameterButTheFilters() throws Exception {
    mvc.perform(get("/showcase").param("q", "dan van")).andExpect(status().isOk());
    mvc.perform(get("/showcase").param("x", "1")).andExpect(status().isOk());
    mvc.perform(get("/showcase").cookie(new Cookie("dvk-lang", "fr"))).andExpect(status().isOk());
    mvc.perform(get("/showcase/photos/1/2")).andExpect(status().is4xxClientError());
    assertThat(kept()).isZero();

    mvc.perform(get("/showcase").param("q", "").param("level", "PROVINCE"))
        .andExpect(status().isOk());
    assertThat(kept()).isEqualTo(1);
  }

  private long kept() {
    return pages.kept();
  }

  private static String page(org.springframework.test.web.servlet.ResultActions result)
      throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }
}
