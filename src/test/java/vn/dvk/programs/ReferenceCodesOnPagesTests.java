package vn.dvk.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dvk.showcase.Showcase;
import vn.dvk.support.IntegrationTest;

/**
 * No page prints a reference item's code where the item has a name: the model and showcase pages
 * and the lists, read in each language, show fields and movements by name.
 */
@IntegrationTest
class ReferenceCodesOnPagesTests {

  @Autowired MockMvc mvc;
  @Autowired ReferenceLists references;
  @Autowired Showcase showcase;
  @Autowired UserDetailsService users;

  @ParameterizedTest
  @ValueSource(strings = {"vi", "en", "he"})
  void pagesNameTheFieldsAndMovementsTheyShow(String language) throws Exception {
    var model =
        showcase.all().stream().filter(m -> !m.movementCodes().isEmpty()).findFirst().orElseThrow();
    var leader = user(users.loadUserByUsername("leader"));
    var pages =
        List.<MockHttpServletRequestBuilder>of(
            get(model.path()),
            get("/showcase"),
            get("/models/" + model.id()).with(leader),
            get("/models").param("year", "2023").with(leader),
            get("/reports/dashboard").param("year", "2023").with(leader));

    var codes = new ArrayList<String>();
    for (var list : ReferenceList.values()) {
      codes.addAll(references.byCode(list).keySet());
    }
    for (var page : pages) {
      var html =
          mvc.perform(page.param("lang", language))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      var text = visibleText(html);
      assertThat(codes)
          .as("codes printed on %s in %s", page.buildRequest(null).getRequestURI(), language)
          .noneMatch(code -> Pattern.compile("\\b" + code + "\\b").matcher(text).find());
    }
  }

  /** What a reader sees: the page without its scripts, styles, tags and attributes. */
  private static String visibleText(String html) {
    return html.replaceAll("(?s)<script.*?</script>", " ")
        .replaceAll("(?s)<style.*?</style>", " ")
        .replaceAll("(?s)<[^>]*>", " ");
  }
}
