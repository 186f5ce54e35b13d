package vn.dvk.models.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Role;
import vn.dvk.identity.Scope;
import vn.dvk.models.IndicatorTarget;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelChangedException;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.ModelView;
import vn.dvk.models.Models;
import vn.dvk.models.TargetGroup;
import vn.dvk.programs.ReferenceItem;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.support.WebSlice;
import vn.dvk.units.Units;

/**
 * The model form alone: what was typed comes back with each field's error (422) and nothing is
 * saved; a saved model redirects to its page; a stale edit (409) shows the values someone else
 * saved beside the typed ones. The form binds to {@code ModelDetails}, numbers read in the reader's
 * language, one indicator row per active indicator.
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
    given(references.active(ReferenceList.INDICATOR))
        .willReturn(List.of(indicator("ROAD_BUILT", 1), indicator("LAND_DONATED", 2)));
  }

  @Test
  @WithMockUser(authorities = "MODELS_EDIT")
  void anIndicatorTypedWrongComesBackAsTypedWithItsErrorNamedByTheIndicator() throws Exception {
    mvc.perform(
            form(post("/models"), "vi")
                .param("targets[0].indicatorCode", "ROAD_BUILT")
                .param("targets[0].baseline", "0")
                .param("targets[0].target", "ba cây số")
                .param("targets[1].indicatorCode", "LAND_DONATED")
                .param("targets[1].target", "1.200,5"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            content().string(containsString("name=\"targets[0].target\" value=\"ba cây số\"")))
        .andExpect(content().string(containsString("id=\"targets-ROAD_BUILT-error\"")))
        .andExpect(content().string(containsString("href=\"#targets-ROAD_BUILT\"")))
        .andExpect(content().string(containsString("name=\"targets[1].target\" value=\"1200,5\"")));

    verify(models, never()).create(any(), anyInt());
  }

  @Test
  @WithMockUser(authorities = "MODELS_EDIT")
  void rowsAndChoicesThePageNeverOffersAreRefusedWithAMessage() throws Exception {
    var page =
        mvc.perform(
                form(post("/models"))
                    .param("targetGroups", "ALIENS")
                    .param("targets[7].indicatorCode", "ROAD_BUILT")
                    .param("targets[7].target", "many"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().string(containsString("id=\"targets-ROAD_BUILT-error\"")))
            .andExpect(content().string(containsString("id=\"targetGroups-error\"")))
            .andExpect(content().string(containsString("name=\"targets[0].target\" value=\"\"")))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).doesNotContain("href=\"#title\"");
    verify(models, never()).create(any(), anyInt());
  }

  @Test
  @WithMockUser(authorities = "MODELS_EDIT")
  void rowNumbersNoPageWouldPostAreRefusedWithoutHarm() throws Exception {
    for (var row : new String[] {"300", "100000000", "x", "-1", ""}) {
      mvc.perform(
              form(post("/models"))
                  .param("targets[" + row + "].indicatorCode", "ROAD_BUILT")
                  .param("targets[" + row + "].target", "5"))
          .andExpect(status().isUnprocessableContent());
    }
    for (var name : new String[] {"movementCodes[x]", "movementCodes[1]", "movementCodes[1"}) {
      mvc.perform(form(post("/models")).param(name, "A"))
          .andExpect(status().isUnprocessableContent());
    }
    verify(models, never()).create(any(), anyInt());
  }

  @Test
  @WithMockUser(authorities = "MODELS_EDIT")
  void theSummaryListsWhatCouldNotBeReadAndWhatBreaksARuleInTheFormsOrder() throws Exception {
    given(models.violations(any()))
        .willReturn(List.of(new Violation("title", "validation.required")));

    var page =
        mvc.perform(
                form(post("/models"))
                    .param("targetGroups", "ALIENS")
                    .param("targets[0].indicatorCode", "ROAD_BUILT")
                    .param("targets[0].target", "many"))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page.indexOf("href=\"#title\"")).isPositive();
    assertThat(page.indexOf("href=\"#title\"")).isLessThan(page.indexOf("href=\"#targetGroups\""));
    assertThat(page.indexOf("href=\"#targetGroups\""))
        .isLessThan(page.indexOf("href=\"#targets-ROAD_BUILT\""));
  }

  @Test
  @WithMockUser(authorities = "MODELS_EDIT")
  void anEmptyChoiceIsNoChoiceAndAnUnknownNameIsIgnored() throws Exception {
    given(models.create(any(), eq(2026))).willReturn(model(44, 0, "Tổ tự quản an ninh"));

    mvc.perform(
            form(post("/models"))
                .param("targetGroups", "", "POOR_HOUSEHOLDS")
                .param("movementCodes", "")
                .param("title.x", "A"))
        .andExpect(status().is3xxRedirection());

    var saved = ArgumentCaptor.forClass(ModelDetails.class);
    verify(models).create(saved.capture(), eq(2026));
    assertThat(saved.getValue().targetGroups()).containsExactly(TargetGroup.POOR_HOUSEHOLDS);
  }

  @Test
  @WithMockUser(authorities = "MODELS_EDIT")
  void numbersAreReadInTheReadersLanguageAndRowsLeftBlankAreNoTargets() throws Exception {
    given(models.create(any(), eq(2026))).willReturn(model(42, 0, "Tổ tự quản an ninh"));

    mvc.perform(
            form(post("/models"), "vi")
                .param("fundsVnd", "1.500.000")
                .param("startDate", "01/02/2026")
                .param("targets[0].indicatorCode", "ROAD_BUILT")
                .param("targets[0].baseline", "")
                .param("targets[0].target", "")
                .param("targets[1].indicatorCode", "LAND_DONATED")
                .param("targets[1].baseline", "0")
                .param("targets[1].target", "1.200,5"))
        .andExpect(status().is3xxRedirection());

    var saved = ArgumentCaptor.forClass(ModelDetails.class);
    verify(models).create(saved.capture(), eq(2026));
    assertThat(saved.getValue().fundsVnd()).isEqualTo(1_500_000L);
    assertThat(saved.getValue().startDate()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(saved.getValue().targets())
        .containsExactly(
            new IndicatorTarget("LAND_DONATED", BigDecimal.ZERO, new BigDecimal("1200.5")));
  }

  @Test
  @WithMockUser(authorities = "MODELS_EDIT")
  void anEditShowsTheSavedValuesAsTheyWouldBeTyped() throws Exception {
    var details =
        Models.collective("Tủ sách pháp luật", "BT.DL")
            .withTargets(List.of(new IndicatorTarget("LAND_DONATED", null, new BigDecimal("2.5"))));
    given(models.get(43))
        .willReturn(new ModelView(43, 7, details, List.of(), "duclinh", Instant.EPOCH, null, null));

    mvc.perform(get("/models/43/edit").param("lang", "vi"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"version\" value=\"7\"")))
        .andExpect(content().string(containsString("name=\"targets[1].target\" value=\"2,5\"")))
        .andExpect(content().string(containsString("name=\"targets[0].target\" value=\"\"")));

    var everyIndicator =
        details.withTargets(
            List.of(
                new IndicatorTarget("ROAD_BUILT", new BigDecimal("0.5"), new BigDecimal("3")),
                new IndicatorTarget("LAND_DONATED", null, new BigDecimal("1200.5"))));
    given(models.get(44))
        .willReturn(
            new ModelView(44, 1, everyIndicator, List.of(), "duclinh", Instant.EPOCH, null, null));
    mvc.perform(get("/models/44/edit").param("lang", "vi"))
        .andExpect(content().string(containsString("name=\"targets[0].baseline\" value=\"0,5\"")))
        .andExpect(content().string(containsString("name=\"targets[1].target\" value=\"1200,5\"")));
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
    return form(request, "en");
  }

  private static MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder request, String language) {
    return request
        .with(csrf())
        .param("lang", language)
        .param("title", "Tổ tự quản an ninh")
        .param("ownerKind", "COLLECTIVE")
        .param("unitCode", "BT.DL")
        .param("fieldCode", "KINH_TE")
        .param("year", "2026");
  }

  private static ReferenceItem indicator(String code, int position) {
    return new ReferenceItem(
        position, ReferenceList.INDICATOR, code, code, code, code, "", "", "", position, true, 0);
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
