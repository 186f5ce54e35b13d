package vn.dvk.models;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/** The models API: the same rules as the pages, errors as RFC 9457 problem details. */
@IntegrationTest
class ModelsApiTests {

  private static final String NEW_MODEL =
      """
      {"year": 2024, "title": "API: Tổ liên gia an toàn", "ownerKind": "COLLECTIVE",
       "unitCode": "BT.DL.X09", "fieldCode": "DEFENCE_SECURITY", "movementCodes": ["BAO_VE_AN_NINH"],
       "contentMethod": "Mỗi tổ 10 hộ", "targetGroups": ["RESIDENTS"],
       "targets": [{"indicatorCode": "HOUSEHOLDS_TAKING_PART", "baseline": 0, "target": 120}]}
      """;

  @Autowired MockMvc mvc;
  @Autowired MobilizationModels models;
  @Autowired Acting acting;

  @Test
  void aModelIsCreatedSentUpAndApprovedThroughTheApi() throws Exception {
    var location =
        mvc.perform(
                post("/api/v1/models")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(NEW_MODEL)
                    .with(httpBasic("duclinh", "demo")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.details.title").value("API: Tổ liên gia an toàn"))
            .andExpect(jsonPath("$.registrations[0].state").value("DRAFT"))
            .andReturn()
            .getResponse()
            .getHeader("Location");

    mvc.perform(post(location + "/registrations/2024/submit").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.registrations[0].state").value("SUBMITTED"));
    mvc.perform(post(location + "/registrations/2024/approve").with(httpBasic("leader", "demo")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("models.error.superior-only"));
    mvc.perform(
            post(location + "/registrations/2024/approve")
                .with(httpBasic("duclinh.reviewer", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.registrations[0].state").value("REGISTERED"));
  }

  @Test
  void aYearOutsideTheMovementsIsRefused() throws Exception {
    mvc.perform(get("/api/v1/models").param("year", "-1").with(httpBasic("leader", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("validation.year"));
    mvc.perform(
            get("/api/v1/reports/yearly-summary")
                .param("year", "20244")
                .param("unit", "BT")
                .with(httpBasic("leader", "demo")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/models").param("year", "2023").with(httpBasic("leader", "demo")))
        .andExpect(status().isOk());
  }

  @Test
  void aListIsPagedNoDeeperThanItsLimit() throws Exception {
    mvc.perform(
            get("/api/v1/models")
                .param("page", "100000000")
                .header("Accept-Language", "en")
                .with(httpBasic("leader", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("page"))
        .andExpect(jsonPath("$.errors[0].code").value("validation.page.too-deep"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("10,000 rows")));
    mvc.perform(
            get("/api/v1/models")
                .param("page", "49")
                .param("size", "200")
                .with(httpBasic("leader", "demo")))
        .andExpect(status().isOk());
    mvc.perform(
            get("/api/v1/models")
                .param("page", "50")
                .param("size", "200")
                .with(httpBasic("leader", "demo")))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void invalidInputNamesEveryFieldInTheCallersLanguage() throws Exception {
    mvc.perform(
            post("/api/v1/models")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content(
                    """
                    {"year": 2024, "title": "", "ownerKind": "INDIVIDUAL", "unitCode": "BT.TL",
                     "fieldCode": "NOPE", "fundsVnd": -5}
                    """)
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    containsInAnyOrder("title", "unitCode", "personName", "fieldCode", "fundsVnd")))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'title')].message").value("This field is required."));
  }

  @Test
  void aStaleVersionIsAConflictThatShowsTheCurrentModel() throws Exception {
    var model =
        acting.as(
            "duclinh", () -> models.create(Models.collective("API: bản gốc", "BT.DL.X10"), 2024));
    acting.run(
        "duclinh",
        () ->
            models.update(
                model.id(),
                model.version(),
                Models.withTitle(model.details(), "API: người khác sửa")));

    mvc.perform(
            put("/api/v1/models/" + model.id())
                .contentType(MediaType.APPLICATION_JSON)
                .content(NEW_MODEL.replace("\"year\": 2024", "\"version\": " + model.version()))
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("models.error.concurrent-change"))
        .andExpect(jsonPath("$.current.details.title").value("API: người khác sửa"))
        .andExpect(jsonPath("$.current.version").value(model.version() + 1));
  }

  @Test
  void theApiKeepsToTheCallersScope() throws Exception {
    var model =
        acting.as(
            "tanhlinh.xa",
            () -> models.create(Models.collective("API: của Tánh Linh", "BT.TL.GIAAN"), 2024));

    mvc.perform(get("/api/v1/models/" + model.id()).with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
    mvc.perform(
            get("/api/v1/models").param("q", "cua tanh linh").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].modelId", not(hasItem((int) model.id()))));
    mvc.perform(
            get("/api/v1/models").param("q", "cua tanh linh").with(httpBasic("tanhlinh", "demo")))
        .andExpect(jsonPath("$.items[*].modelId", hasItem((int) model.id())));
    mvc.perform(get("/api/v1/models").param("under", "BT.TL").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/models")).andExpect(status().isUnauthorized());
  }

  @Test
  void malformedJsonIsABadRequestProblem() throws Exception {
    mvc.perform(
            post("/api/v1/models")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\": ")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", "application/problem+json"));
  }
}
