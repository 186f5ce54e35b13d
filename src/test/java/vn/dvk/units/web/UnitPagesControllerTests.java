package vn.dvk.units.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.dvk.support.UnitVersions.unit;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.WebSlice;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;
import vn.dvk.units.UnitVisibility;
import vn.dvk.units.Units;

/** The unit pages alone: the form, its localized errors, scope as 404, the sign-in redirect. */
@WebSlice({NewUnitController.class, UnitsController.class})
@Import(UnitCommands.class)
class UnitPagesControllerTests {

  private static final UnitView DISTRICT = unit("BT.DL", "Huyện Đức Linh", UnitKind.DISTRICT, "BT");

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @MockitoBean UnitVisibility visibility;

  @BeforeEach
  void aDistrictAdministratorSeesTheirDistrict() {
    MockedScope.sees(units, visibility, DISTRICT);
  }

  @Test
  @WithMockUser(authorities = "UNITS_MANAGE")
  void theNewUnitFormOffersTheAdministratorsUnitsAsParents() throws Exception {
    mvc.perform(get("/units/new").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(view().name("units/new"))
        .andExpect(model().attribute("parents", List.of(DISTRICT)))
        .andExpect(content().string(containsString("Huyện Đức Linh (BT.DL)")));
  }

  @Test
  @WithMockUser(authorities = "UNITS_MANAGE")
  void aFormWithoutANameIsShownAgainWithTheFieldMarkedAndTheMessageInTheReadersLanguage()
      throws Exception {
    mvc.perform(
            post("/units")
                .with(csrf())
                .param("lang", "en")
                .param("code", "BT.DL.X")
                .param("name", "")
                .param("kind", "COMMUNE")
                .param("parentCode", "BT.DL")
                .param("validFrom", "2023-06-01"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(view().name("units/new"))
        .andExpect(model().attributeExists("errors"))
        .andExpect(content().string(containsString("This field is required.")));
    verify(units, never()).create(any(), any());
  }

  @Test
  @WithMockUser(username = "admin", authorities = "UNITS_MANAGE")
  void aValidFormCreatesTheUnitAndOpensItsPage() throws Exception {
    var commune = unit("BT.DL.X99", "Xã Mới", UnitKind.COMMUNE, "BT.DL");
    given(units.create(any(NewUnit.class), eq("admin"))).willReturn(commune);

    mvc.perform(
            post("/units")
                .with(csrf())
                .param("code", "BT.DL.X99")
                .param("name", "Xã Mới")
                .param("kind", "COMMUNE")
                .param("parentCode", "BT.DL")
                .param("validFrom", "2020-01-01"))
        .andExpect(redirectedUrl("/units/BT.DL.X99"));
  }

  @Test
  @WithMockUser
  void aUnitOutsideTheReadersScopeIsANotFoundPage() throws Exception {
    mvc.perform(get("/units/BT.TL").param("lang", "en"))
        .andExpect(status().isNotFound())
        .andExpect(view().name("error"))
        .andExpect(content().string(containsString("No unit “BT.TL” was found.")));
  }

  @Test
  @WithMockUser
  void onlyAUnitAdministratorMayOpenTheNewUnitForm() throws Exception {
    mvc.perform(get("/units/new")).andExpect(status().isForbidden());
  }

  @Test
  void aReaderWhoIsNotSignedInIsSentToTheSignInPage() throws Exception {
    mvc.perform(get("/units").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
  }
}
