package vn.dvk.programs;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.support.Api.as;
import static vn.dvk.support.Api.json;
import static vn.dvk.support.Api.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;

/**
 * Reference lists and yearly plans over the API: read by anyone signed in, kept by administrators.
 * The item it adds is a movement it deactivates at once; the plan it saves keeps its values.
 */
@IntegrationTest
class ProgramsApiTests {

  @Autowired MockMvc mvc;

  @Test
  void anyoneSignedInReadsTheListsAndPlans() throws Exception {
    mvc.perform(as(get("/api/v1/reference/field"), "duclinh"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code", hasItem("ECONOMY")));
    mvc.perform(as(get("/api/v1/reference/indicator/road_built"), "council"))
        .andExpect(jsonPath("$.measureVi").isString());
    mvc.perform(as(get("/api/v1/plans"), "leader"))
        .andExpect(jsonPath("$.items[*].year", hasItem(2023)));
    mvc.perform(as(get("/api/v1/plans/2023"), "duclinh"))
        .andExpect(jsonPath("$.programCode").value("CT08"))
        .andExpect(jsonPath("$.registrationDeadline").isString());
  }

  @Test
  void anAdministratorAddsAndChangesAnItemAndSavesAPlan() throws Exception {
    var code = "API_" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
    mvc.perform(
            json(
                post("/api/v1/reference/movement"),
                "admin",
                "{\"code\": \"%s\", \"nameVi\": \"Phong trào thử\"}".formatted(code)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/reference/movement/" + code))
        .andExpect(jsonPath("$.active").value(true));
    mvc.perform(
            json(
                put("/api/v1/reference/movement/" + code),
                "admin",
                "{\"nameVi\": \"Phong trào thử (ngừng)\", \"active\": false, \"version\": 0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nameVi").value("Phong trào thử (ngừng)"))
        .andExpect(jsonPath("$.active").value(false));
    mvc.perform(as(get("/api/v1/reference/movement"), "duclinh"))
        .andExpect(jsonPath("$.items[*].code", not(hasItem(code))));

    var plan = mvc.perform(as(get("/api/v1/plans/2021"), "admin"));
    var body = plan.andReturn().getResponse().getContentAsString();
    var version = read(plan, "$.version");
    mvc.perform(json(put("/api/v1/plans/CT08/2021"), "admin", body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(version + 1));
    mvc.perform(json(put("/api/v1/plans/CT08/2021"), "admin", body))
        .andExpect(status().isConflict());
    mvc.perform(json(post("/api/v1/reference/movement"), "duclinh", "{\"code\": \"NO\"}"))
        .andExpect(status().isForbidden());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/api/v1/reference/nothing",
        "/api/v1/reference/field/NO_SUCH_FIELD",
        "/api/v1/plans/1999"
      })
  void whatDoesNotExistIsNotFound(String path) throws Exception {
    mvc.perform(as(get(path), "duclinh")).andExpect(status().isNotFound());
  }

  @Test
  void invalidItemsAndPlansAreProblems() throws Exception {
    mvc.perform(json(post("/api/v1/reference/field"), "admin", "{\"code\": \"a b\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("reference.error.code-format"));
    mvc.perform(json(put("/api/v1/reference/field/ECONOMY"), "admin", "{\"nameVi\": \" \"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("reference.error.name-required"));
    mvc.perform(json(put("/api/v1/plans/CT08/2021"), "admin", "{\"targetConsideredPercent\": 120}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.errors[*].field", hasItem("targetConsideredPercent")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("registrationDeadline")));
  }

  @Test
  void anItemLongerThanItsColumnsIsRefusedNamingEachField() throws Exception {
    var body =
        "{\"code\": \"%s\", \"nameVi\": \"%s\", \"measureVi\": \"%s\", \"position\": -1}"
            .formatted("C".repeat(41), "n".repeat(301), "m".repeat(41));
    mvc.perform(json(post("/api/v1/reference/indicator"), "admin", body))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath(
                "$.errors[*].field",
                containsInAnyOrder("code", "nameVi", "measureVi", "position")));
    mvc.perform(
            json(
                put("/api/v1/reference/field/ECONOMY"),
                "admin",
                "{\"nameEn\": \"%s\"}".formatted("e".repeat(301))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("nameEn"));
  }
}
