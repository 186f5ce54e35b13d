package vn.dvk.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.support.Api.as;
import static vn.dvk.support.Api.json;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;

/**
 * A commission sets the plan of a year no program covers yet (a new directive's period) by adding
 * it, through the API or its page; a year's second plan, a plan without its deadlines or program,
 * or one added by a non-administrator is refused. Years far ahead, which no other test reads.
 */
@IntegrationTest
class NewYearPlanTests {

  @Autowired MockMvc mvc;
  @Autowired Programs programs;
  @Autowired UserDetailsService users;

  static String plan(int year, String program) {
    return """
        {"year": %d, "programName": "%s", "registrationDeadline": "%d-03-31",
         "districtRecognitionDeadline": "%d-08-31", "provinceProposalDeadline": "%d-10-31",
         "targetConsideredPercent": 100, "targetProposalsPerUnit": 2}
        """
        .formatted(year, program, year, year, year);
  }

  @Test
  void aPlanOfANewProgramIsAddedAndTheNextYearJoinsThatProgram() throws Exception {
    var program = "Chương trình “Dân vận khéo” giai đoạn 2031 – 2035 " + System.nanoTime();
    mvc.perform(json(post("/api/v1/plans"), "admin", plan(2031, program)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/plans/2031"))
        .andExpect(jsonPath("$.programName").value(program))
        .andExpect(jsonPath("$.targetProposalsPerUnit").value(2));
    mvc.perform(json(post("/api/v1/plans"), "admin", plan(2032, program)))
        .andExpect(status().isCreated());

    var first = programs.plan(2031).orElseThrow();
    var second = programs.plan(2032).orElseThrow();
    assertThat(second.programCode()).isEqualTo(first.programCode()).isNotEqualTo("CT08");
    mvc.perform(as(get("/api/v1/plans"), "leader"))
        .andExpect(jsonPath("$.items[*].year", hasItem(2032)));

    mvc.perform(json(post("/api/v1/plans"), "admin", plan(2031, "Một chương trình khác")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("plans.error.year-taken"));
    mvc.perform(json(post("/api/v1/plans"), "duclinh", plan(2033, program)))
        .andExpect(status().isForbidden());
    assertThat(programs.plan(2033)).isEmpty();
  }

  @Test
  void aPlanWithoutItsYearDeadlinesOrProgramIsRefusedFieldByField() throws Exception {
    mvc.perform(json(post("/api/v1/plans"), "admin", "{\"targetConsideredPercent\": 140}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem("year")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("programName")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("registrationDeadline")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("targetConsideredPercent")));
  }

  @Test
  void thePlansPageAddsAYearAndKeepsWhatWasTypedWhenRefused() throws Exception {
    var admin = user(users.loadUserByUsername("admin"));
    mvc.perform(get("/admin/plans").with(admin))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("id=\"add-plan\"")));

    mvc.perform(
            post("/admin/plans")
                .with(admin)
                .with(csrf())
                .param("year", "2034")
                .param("programName", "Kế hoạch năm 2034")
                .param("registrationDeadline", "2034-03-31")
                .param("districtRecognitionDeadline", "2034-08-31")
                .param("provinceProposalDeadline", "2034-10-31")
                .param("targetConsideredPercent", "90")
                .param("targetProposalsPerUnit", "1"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "plans.added"));
    assertThat(programs.plan(2034).orElseThrow().targetConsideredPercent()).isEqualTo(90);

    mvc.perform(
            post("/admin/plans")
                .with(admin)
                .with(csrf())
                .param("year", "2035")
                .param("programName", "Kế hoạch năm 2035"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attributeExists("addErrors"))
        .andExpect(flash().attributeExists("next"));
    assertThat(programs.plan(2035)).isEmpty();
  }
}
