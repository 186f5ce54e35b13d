package vn.dvk.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;

/** The menu marks the page the reader is on, for the eye and for screen readers. */
@IntegrationTest
class NavigationTests {

  @Autowired MockMvc mvc;

  @Test
  void theMenuMarksTheCurrentPageAndOnlyIt() throws Exception {
    var page = page("/reports/comparison?year=2024&baseYear=2023&unit=BT");

    assertThat(page).contains("class=\"nav-link active\" aria-current=\"page\" id=\"nav-reports\"");
    assertThat(page.split("aria-current=\"page\"", -1)).hasSize(2);
    assertThat(page("/units")).contains("aria-current=\"page\" id=\"nav-units\"");
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(httpBasic("leader", "demo")))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
