package vn.dvk.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dvk.support.IntegrationTest;

@IntegrationTest
class CsrfRefusalTests {

  @Autowired MockMvc mvc;

  @Test
  void aScriptPostingTheHtmlFormIsToldAboutTheTokenAndTheApiInJson() throws Exception {
    mvc.perform(userForm().accept(MediaType.APPLICATION_JSON).header("Accept-Language", "en"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("security.error.csrf-form"))
        .andExpect(jsonPath("$.detail").value(containsString("/api/v1")));
  }

  @Test
  void aBrowserPostingAFormWithoutItsTokenGetsTheErrorPageWithTheReason() throws Exception {
    mvc.perform(userForm().accept(MediaType.TEXT_HTML))
        .andExpect(status().isForbidden())
        .andExpect(request().attribute("messageKey", "security.error.csrf-form"));
  }

  private static MockHttpServletRequestBuilder userForm() {
    return post("/admin/users")
        .with(httpBasic("admin", "demo"))
        .param("username", "csrf.refused")
        .param("displayName", "Không Gửi Được")
        .param("role", "OFFICER")
        .param("unitCode", "BT.DL");
  }
}
