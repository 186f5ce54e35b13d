package vn.dvk.models.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Role;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelChangedException;
import vn.dvk.models.ModelView;
import vn.dvk.models.Models;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.support.WebSlice;
import vn.dvk.units.Units;

/**
 * The model form alone: what was typed comes back with each field's error (422) and nothing is
 * saved; a saved model redirects to its page; a stale edit (409) shows the values someone else
 * saved beside the typed ones.
 */
@WebSlice(ModelFormController.class)
@Import(ReferenceData.class)
class ModelFormControllerTests {

  @Autowired MockMvc mvc;
  @Autowired Scope scope;
  @Autowired Units units;
  @MockitoBean MobilizationModels models;
  @MockitoBean ReferenceLists references;

  @BeforeEach
  void anOfficerOfDucLinh() {
    var me = new CurrentUser("duclinh", "Cán bộ Đức Linh", Role.values()[0], "BT.DL");
    given(scope.requireUser()).willReturn(me);
    given(scope.currentUser()).willReturn(Optional.of(me));
    given(units.today()).willReturn(LocalDate.of(2026, 6, 1));
    given(references.byCode(any())).willReturn(Map.of());
    given(references.active(any())).willReturn(List.of());
  }

  @Test
  @WithMockUser(authorities = "MODELS_EDIT")
  void whatWasTypedComesBackWithEachFieldsErrorAndNothingIsSaved() throws Exception {
    mvc.perform(form(post("/models")).param("fundsVnd", "2.5").param("workingDays", "mười"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("value=\"Tổ tự quản an ninh\"")))
        .andExpect(content().string(containsString("value=\"2.5\"")))
        .andExpect(content().string(containsString("value=\"mười\"")))
        .andExpect(content().string(containsString("id=\"fundsVnd-error\" dir=\"auto\">Must be")))
        .andExpect(
            content().string(containsString("id=\"workingDays-error\" dir=\"auto\">Must be")));

    verify(models, never()).create(any(), anyInt());
  }

  @Test
  @WithMockUser(authorities = "MODELS_EDIT")
  void aSavedModelRedirectsToItsPage() throws Exception {
    given(models.create(any(), eq(2026))).willReturn(model(41, 0, "Tổ tự quản an ninh"));

    mvc.perform(form(post("/models")).param("fundsVnd", "1,500,000"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/models/41"));
  }

  @Test
  @WithMockUser(authorities = "MODELS_EDIT")
  void aStaleEditShowsTheirValuesBesideTheTypedOnes() throws Exception {
    given(models.get(41)).willReturn(model(41, 3, "Tên họ đã lưu"));
    given(models.update(anyLong(), eq(2), any())).willThrow(new ModelChangedException(41));

    mvc.perform(form(post("/models/41")).param("version", "2"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("Tên họ đã lưu")))
        .andExpect(content().string(containsString("value=\"Tổ tự quản an ninh\"")))
        .andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
  }

  private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
    return request
        .with(csrf())
        .param("lang", "en")
        .param("title", "Tổ tự quản an ninh")
        .param("ownerKind", "COLLECTIVE")
        .param("unitCode", "BT.DL")
        .param("fieldCode", "KINH_TE")
        .param("year", "2026");
  }

  private static ModelView model(long id, int version, String title) {
    return new ModelView(
        id,
        version,
        Models.collective(title, "BT.DL"),
        List.of(),
        "duclinh",
        Instant.EPOCH,
        null,
        null);
  }
}
