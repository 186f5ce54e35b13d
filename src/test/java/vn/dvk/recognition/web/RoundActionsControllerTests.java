package vn.dvk.recognition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.recognition.CouncilFormation;
import vn.dvk.recognition.RoundAdministration;
import vn.dvk.recognition.RoundDecisions;
import vn.dvk.recognition.RoundProposals;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.support.WebSlice;

/** What a round page's forms post: the call each makes, and its refusal shown on the round. */
@WebSlice(RoundActionsController.class)
class RoundActionsControllerTests {

  @Autowired MockMvc mvc;
  @MockitoBean RoundAdministration administration;
  @MockitoBean CouncilFormation councilFormation;
  @MockitoBean RoundProposals proposing;
  @MockitoBean RoundDecisions decisions;

  @Test
  @WithMockUser(authorities = "ROUNDS_MANAGE")
  void theDecisionFormSendsEachProposalsReasonByItsIdAndTheOutstandingOnes() throws Exception {
    mvc.perform(
            post("/rounds/7/decision")
                .with(csrf())
                .param("date", "2023-11-20")
                .param("signerName", "Nguyễn Thị Hồng")
                .param("signerTitle", "Trưởng ban")
                .param("reason-11", "Chưa lan tỏa")
                .param("outstanding", "12")
                .param("version", "4"))
        .andExpect(redirectedUrl("/rounds/7"))
        .andExpect(flash().attribute("notice", "rounds.decided"));

    var issue = ArgumentCaptor.forClass(RoundDecisions.Issue.class);
    verify(decisions).decide(eq(7L), issue.capture(), eq(4));
    assertThat(issue.getValue().date()).isEqualTo(LocalDate.of(2023, 11, 20));
    assertThat(issue.getValue().reasons()).isEqualTo(Map.of(11L, "Chưa lan tỏa"));
    assertThat(issue.getValue().outstanding()).isEqualTo(Set.of(12L));
  }

  @Test
  @WithMockUser(authorities = "ROUNDS_MANAGE")
  void aRefusedMeetingComesBackToTheRoundWithItsMessageInTheReadersLanguage() throws Exception {
    given(administration.recordMeeting(anyLong(), any(), anyInt()))
        .willThrow(new BusinessRuleException("recognition.error.round-closed"));

    var answer =
        mvc.perform(
                post("/rounds/7/meeting")
                    .with(csrf())
                    .param("lang", "en")
                    .param("date", "2023-11-15")
                    .param("present", "council.tl")
                    .param("version", "3"))
            .andExpect(redirectedUrl("/rounds/7"))
            .andReturn();

    assertThat(answer.getFlashMap().get("errors").toString()).containsIgnoringCase("closed");
    assertThat(answer.getFlashMap().containsKey("notice")).isFalse();
  }

  @Test
  @WithMockUser(authorities = "PROPOSALS_SUBMIT")
  void aProposalWithoutAModelIsRefusedBeforeAnythingIsCalled() throws Exception {
    mvc.perform(post("/rounds/7/proposals").with(csrf()).param("lang", "en"))
        .andExpect(redirectedUrl("/rounds/7"))
        .andExpect(flash().attributeExists("errors"));

    verify(proposing, never()).propose(anyLong(), anyLong(), any());
  }

  @Test
  @WithMockUser(authorities = "ROUNDS_MANAGE")
  void theCouncilFormWithNoneTickedSendsAnEmptyCouncil() throws Exception {
    mvc.perform(post("/rounds/7/members").with(csrf()).param("version", "2"))
        .andExpect(redirectedUrl("/rounds/7"));

    verify(councilFormation).setMembers(7L, List.of(), 2);
  }
}
