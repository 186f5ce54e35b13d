package vn.dvk.models.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

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
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.CurrentUser;
import vn.dvk.identity.Role;
import vn.dvk.identity.Scope;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelAttachments;
import vn.dvk.models.ModelFilter;
import vn.dvk.models.ModelLists;
import vn.dvk.models.ModelPage;
import vn.dvk.models.ModelRow;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.ProgressReports;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.models.Registrations;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.support.WebSlice;
import vn.dvk.units.Units;

/**
 * The list of registrations alone: the whole page on a normal request, only its results when htmx
 * asks (one fragment serves both), and a filter that breaks its rules answered with its message.
 */
@WebSlice(ModelsController.class)
@Import(ReferenceData.class)
class ModelsListControllerTests {

  static final ModelRow ROW =
      new ModelRow(
          7,
          70,
          "Dân vận khéo trong xây dựng nông thôn mới",
          "BT.DL",
          "Huyện Đức Linh",
          OwnerKind.values()[0],
          null,
          "KINH_TE",
          2023,
          RegistrationKind.NEW,
          RegistrationState.REGISTERED);

  @Autowired MockMvc mvc;
  @Autowired Scope scope;
  @Autowired Units units;
  @MockitoBean ModelLists lists;
  @MockitoBean MobilizationModels models;
  @MockitoBean Registrations registrations;
  @MockitoBean ReferenceLists references;
  @MockitoBean AuditLog audit;
  @MockitoBean ProgressReports progress;
  @MockitoBean ModelAttachments attachments;

  @BeforeEach
  void anOfficerOfDucLinhWithOneRegistration() {
    var me = new CurrentUser("duclinh", "Cán bộ Đức Linh", Role.values()[0], "BT.DL");
    given(scope.requireUser()).willReturn(me);
    given(scope.currentUser()).willReturn(Optional.of(me));
    given(units.today()).willReturn(LocalDate.of(2023, 6, 1));
    given(references.byCode(any())).willReturn(Map.of());
    given(references.active(any())).willReturn(List.of());
    given(lists.find(any(ModelFilter.class))).willReturn(new ModelPage(List.of(ROW), 1, 0, 20));
  }

  @Test
  @WithMockUser
  void aNormalRequestGetsTheWholePageWithItsFilters() throws Exception {
    mvc.perform(get("/models").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(view().name("models/list"))
        .andExpect(model().attributeExists("years", "unitChoices"))
        .andExpect(content().string(containsString("<html")))
        .andExpect(content().string(containsString(ROW.title())));
  }

  @Test
  @WithMockUser
  void htmxGetsOnlyTheResultsFragment() throws Exception {
    mvc.perform(get("/models").header("HX-Request", "true").param("q", "nông thôn"))
        .andExpect(status().isOk())
        .andExpect(view().name("models/list :: results"))
        .andExpect(model().attributeDoesNotExist("years", "unitChoices"))
        .andExpect(content().string(not(containsString("<html"))))
        .andExpect(content().string(containsString(ROW.title())));
  }

  @Test
  @WithMockUser
  void aYearOutsideTheMovementIsRefusedWithItsMessageAndNothingIsSearched() throws Exception {
    mvc.perform(get("/models").param("year", "-1").param("lang", "en"))
        .andExpect(status().is4xxClientError())
        .andExpect(content().string(containsString("2000")));

    verify(lists, never()).find(any());
  }
}
