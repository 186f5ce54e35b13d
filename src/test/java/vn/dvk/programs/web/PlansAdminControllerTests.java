package vn.dvk.programs.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dvk.programs.Programs;
import vn.dvk.programs.YearPlan;
import vn.dvk.programs.domain.YearPlanRules;
import vn.dvk.shared.ConflictException;
import vn.dvk.support.WebSlice;

/** The year plans page alone: saving, refusals as localized messages, and who may use it. */
@WebSlice(PlansAdminController.class)
class PlansAdminControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean Programs programs;

  @Test
  @WithMockUser(authorities = "REFERENCE_MANAGE")
  void savedDeadlinesAndTargetsGoBackToThePlansWithANotice() throws Exception {
    given(programs.update(any())).willAnswer(call -> call.getArgument(0));

    mvc.perform(save(100))
        .andExpect(redirectedUrl("/admin/plans"))
        .andExpect(flash().attribute("notice", "plans.saved"));
  }

  @Test
  @WithMockUser(authorities = "REFERENCE_MANAGE")
  void aTargetOutOfRangeGoesBackWithTheFieldsMessageInTheReadersLanguage() throws Exception {
    given(programs.update(any()))
        .willAnswer(
            call -> {
              YearPlanRules.check(call.<YearPlan>getArgument(0));
              return call.getArgument(0);
            });

    mvc.perform(save(120))
        .andExpect(redirectedUrl("/admin/plans"))
        .andExpect(
            flash()
                .attribute(
                    "errors", Map.of("targetConsideredPercent", "A percentage from 0 to 100.")));
  }

  @Test
  @WithMockUser(authorities = "REFERENCE_MANAGE")
  void aPlanChangedMeanwhileIsNotOverwritten() throws Exception {
    willThrow(new ConflictException("plans.error.changed")).given(programs).update(any());

    mvc.perform(save(100))
        .andExpect(redirectedUrl("/admin/plans"))
        .andExpect(flash().attributeExists("errors"));
  }

  @Test
  @WithMockUser(authorities = "MODELS_EDIT")
  void onlyAReferenceAdministratorMayChangeAPlan() throws Exception {
    mvc.perform(save(100)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/plans")).andExpect(status().isForbidden());
    verifyNoInteractions(programs);
  }

  private static MockHttpServletRequestBuilder save(int targetConsideredPercent) {
    return post("/admin/plans/CT08/2023")
        .with(csrf())
        .param("lang", "en")
        .param("version", "3")
        .param("registrationDeadline", "2023-03-31")
        .param("districtRecognitionDeadline", "2023-08-31")
        .param("provinceProposalDeadline", "2023-10-31")
        .param("targetConsideredPercent", String.valueOf(targetConsideredPercent))
        .param("targetProposalsPerUnit", "3");
  }
}
