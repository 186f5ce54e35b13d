package vn.dvk.replication;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;

/** The replication pages and API on the demo's recognized models. */
@IntegrationTest
class ReplicationWebTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;

  private long recognizedOf(String district) {
    return jdbc.sql(
            """
            select min(r.model_id) from recognition_recognition r
             where r.unit_code = :unit
               and not exists (select 1 from recognition_revocation v where v.recognition_id = r.id)
            """)
        .param("unit", district)
        .query(Long.class)
        .single();
  }

  private long unrecognizedOf(String district, long... other) {
    return jdbc.sql(
            """
            select min(m.id) from models_model m
             where m.unit_code like :prefix and m.id <> :other
               and not exists (select 1 from recognition_recognition r where r.model_id = m.id)
            """)
        .param("prefix", district + "%")
        .param("other", other.length == 0 ? -1L : other[0])
        .query(Long.class)
        .single();
  }

  @Test
  void learningOnTheLineagePageStartsADraftAndOpensItsForm() throws Exception {
    var source = recognizedOf("BT.TL");

    mvc.perform(
            get("/models/" + source + "/lineage").with(user(users.loadUserByUsername("duclinh"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"learn-form\"")))
        .andExpect(content().string(containsString("id=\"source\"")));
    mvc.perform(
            post("/models/" + source + "/learn")
                .param("year", String.valueOf(RoundFixtures.YEAR))
                .with(csrf())
                .with(user(users.loadUserByUsername("duclinh"))))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/models/*/edit"))
        .andExpect(flash().attribute("notice", "replication.learned"));

    mvc.perform(
            get("/models/" + source + "/lineage").with(user(users.loadUserByUsername("leader"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"tree\"")))
        .andExpect(content().string(containsString("id=\"lineage-chart\"")))
        .andExpect(content().string(containsString("Đức Linh")));
  }

  @Test
  void aSourceThatIsNotRecognizedIsRefusedWithAMessageInTheReadersLanguage() throws Exception {
    var copy = unrecognizedOf("BT.DL");
    var notRecognized = unrecognizedOf("BT.DL.", copy);

    mvc.perform(
            post("/models/" + copy + "/source")
                .param("sourceId", String.valueOf(notRecognized))
                .with(csrf())
                .with(user(users.loadUserByUsername("duclinh"))))
        .andExpect(redirectedUrl("/models/" + copy + "/lineage"))
        .andExpect(
            flash()
                .attribute(
                    "errors",
                    org.hamcrest.Matchers.hasValue(containsString("chưa được công nhận"))));
    mvc.perform(
            put("/api/v1/models/" + copy + "/source")
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sourceId\": " + notRecognized + "}")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("replication.error.not-recognized"))
        .andExpect(jsonPath("$.detail", containsString("is not recognized")));
  }

  @Test
  void theApiKeepsTheScopeRules() throws Exception {
    var recognized = recognizedOf("BT.TL");
    var hidden = unrecognizedOf("BT.TL");

    mvc.perform(get("/api/v1/models/" + recognized + "/lineage").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.root.modelId").value(recognized));
    mvc.perform(get("/api/v1/models/" + hidden + "/lineage").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
    mvc.perform(get("/api/v1/models/" + hidden + "/source").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(
            put("/api/v1/models/" + hidden + "/source")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sourceId\": " + recognized + "}")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(delete("/api/v1/models/" + hidden + "/source").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/models/" + recognized + "/lineage"))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/replication/sources")).andExpect(status().isUnauthorized());
  }

  @Test
  void scriptsLearnRecordAndRemoveSourcesAndPageTheModelsToLearnFrom() throws Exception {
    // Not the Tánh Linh model the page test learns: a unit learns a model once a year.
    var source = recognizedOf("BT.BB");

    mvc.perform(
            post("/api/v1/models/" + source + "/copies")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
    var created =
        mvc.perform(
                post("/api/v1/models/" + source + "/copies")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"year\": " + RoundFixtures.YEAR + "}")
                    .with(httpBasic("duclinh", "demo")))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", startsWith("/api/v1/models/")))
            .andExpect(jsonPath("$.unitCode").value("BT.DL"))
            .andExpect(jsonPath("$.sourceId").value(source))
            .andReturn();
    var copy =
        com.jayway.jsonpath.JsonPath.parse(created.getResponse().getContentAsString())
            .read("$.id", Long.class);
    mvc.perform(get("/api/v1/models/" + copy + "/source").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sourceId").value(source))
        .andExpect(jsonPath("$.linkedBy").doesNotExist())
        .andExpect(content().string(not(containsString("\"duclinh\""))));
    mvc.perform(delete("/api/v1/models/" + copy + "/source").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNoContent());
    mvc.perform(
            put("/api/v1/models/" + copy + "/source")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isUnprocessableContent());
    mvc.perform(
            put("/api/v1/models/" + copy + "/source")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sourceId\": " + source + "}")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sourceId").value(source));

    mvc.perform(
            get("/api/v1/replication/sources")
                .param("year", "2023")
                .param("size", "5")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(5))
        .andExpect(jsonPath("$.total", greaterThan(155)));
  }
}
