package vn.dvk.showcase;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;

/** A model's public version through the API: in scope, out of scope (404), bad input (422). */
@IntegrationTest
class PublicationApiTests {

  @Autowired MockMvc mvc;
  @Autowired Showcase showcase;

  /** A model of Tánh Linh the demo published. */
  private PublicModel ofTanhLinh() {
    return showcase.all().stream()
        .filter(m -> m.districtCode().equals("BT.TL"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theUnitReadsAndRewritesItsPublicVersionAndOthersSeeNothing() throws Exception {
    var model = ofTanhLinh();
    var url = "/api/v1/models/" + model.id() + "/publication";

    mvc.perform(get(url).with(httpBasic("tanhlinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.publicTitle").value(model.title()))
        .andExpect(jsonPath("$.public").value(true));
    mvc.perform(get(url).with(httpBasic("duclinh", "demo"))).andExpect(status().isNotFound());
    mvc.perform(
            put(url)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \" \", \"summary\": \"\", \"version\": 0}")
                .with(httpBasic("tanhlinh", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'summary')]").exists());
    mvc.perform(
            put(url)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"T\", \"summary\": \"S\", \"version\": 0}")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNotFound());
  }

  @Test
  void approvalAndWithdrawalBelongToReviewersInScope() throws Exception {
    var model = ofTanhLinh();
    var url = "/api/v1/models/" + model.id() + "/publication";

    mvc.perform(
            post(url + "/approve")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0}")
                .with(httpBasic("duclinh.reviewer", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(
            post(url + "/approve")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .with(httpBasic("reviewer", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    mvc.perform(
            post(url + "/withdraw")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0}")
                .with(httpBasic("reviewer", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(
            post(url + "/withdraw")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"reason\": \"x\"}")
                .with(httpBasic("tanhlinh", "demo")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(url + "/withdraw")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"reason\": \"x\"}")
                .with(httpBasic("duclinh.reviewer", "demo")))
        .andExpect(status().isNotFound());
  }
}
