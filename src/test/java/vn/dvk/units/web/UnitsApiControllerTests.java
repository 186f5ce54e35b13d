package vn.dvk.units.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.support.UnitVersions.unit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dvk.support.WebSlice;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;
import vn.dvk.units.UnitVisibility;
import vn.dvk.units.Units;

/** The unit API alone: its mapping, scope answers, validation and refusals, on mocked units. */
@WebSlice(UnitsApiController.class)
@Import(UnitCommands.class)
class UnitsApiControllerTests {

  private static final UnitView DISTRICT = unit("BT.DL", "Huyện Đức Linh", UnitKind.DISTRICT, "BT");
  private static final UnitView COMMUNE = unit("BT.DL.MT", "Xã Mê Pu", UnitKind.COMMUNE, "BT.DL");

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @MockitoBean UnitVisibility visibility;

  @BeforeEach
  void aDistrictOfficerSeesTheirDistrict() {
    MockedScope.sees(units, visibility, DISTRICT, COMMUNE);
  }

  @Test
  @WithMockUser
  void theCallersSubtreeIsListedAndFilteredByLevelAndWords() throws Exception {
    mvc.perform(get("/api/v1/units").param("level", "GRASSROOTS").param("q", "me pu"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code").value(containsInAnyOrder("BT.DL.MT")))
        .andExpect(jsonPath("$.items[0].parentCode").value("BT.DL"))
        .andExpect(jsonPath("$.total").value(1));
  }

  @Test
  @WithMockUser
  void aUnitOutsideTheCallersScopeIsNotFoundAsIfItDidNotExist() throws Exception {
    mvc.perform(get("/api/v1/units/BT").header("Accept-Language", "en"))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.detail").value("No unit “BT” was found."));
    verify(units, never()).findOnOrLatest(eq("BT"), any());
  }

  @Test
  @WithMockUser(authorities = "UNITS_MANAGE")
  void aNewUnitWithoutItsRequiredFieldsIsRefusedWithEachFieldNamedInTheCallersLanguage()
      throws Exception {
    mvc.perform(
            post("/api/v1/units")
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"BT.DL.X\", \"parentCode\": \"BT.DL\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field").value(containsInAnyOrder("kind", "name", "validFrom")))
        .andExpect(jsonPath("$.errors[0].code").value("validation.required"))
        .andExpect(jsonPath("$.errors[0].message").value("This field is required."));
    verify(units, never()).create(any(), any());
  }

  @Test
  @WithMockUser(username = "admin", authorities = "UNITS_MANAGE")
  void aNewUnitIsCreatedUnderAUnitInScopeAndAnsweredWithItsAddress() throws Exception {
    var created = unit("BT.DL.X", "Xã Mới", UnitKind.COMMUNE, "BT.DL");
    given(units.create(any(NewUnit.class), eq("admin"))).willReturn(created);

    mvc.perform(
            newUnit(
                """
                    {"code": "bt.dl.x", "name": "Xã Mới", "kind": "COMMUNE",
                     "parentCode": "BT.DL", "validFrom": "2023-06-01"}
                    """))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/units/BT.DL.X"))
        .andExpect(jsonPath("$.code").value("BT.DL.X"))
        .andExpect(jsonPath("$.level").value("GRASSROOTS"));
  }

  @Test
  @WithMockUser(authorities = "UNITS_MANAGE")
  void aNewUnitUnderAParentOutOfScopeIsNotFound() throws Exception {
    mvc.perform(
            newUnit(
                """
                    {"code": "BT.TL.X", "name": "Xã Khác", "kind": "COMMUNE",
                     "parentCode": "BT.TL", "validFrom": "2023-06-01"}
                    """))
        .andExpect(status().isNotFound());
    verify(units, never()).create(any(), any());
  }

  @Test
  @WithMockUser
  void onlyAUnitAdministratorMayChangeUnits() throws Exception {
    mvc.perform(
            post("/api/v1/units/BT.DL.MT/rename")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Xã Mê Pu Mới\", \"effectiveOn\": \"2023-07-01\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.status").value(403));
    verifyNoInteractions(visibility);
  }

  @Test
  void aCallerWhoIsNotSignedInGetsAProblemNotTheLoginPage() throws Exception {
    mvc.perform(get("/api/v1/units"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
  }

  @Test
  @WithMockUser(authorities = "UNITS_MANAGE")
  void aChangeThatReliesOnTheSessionCookieNeedsTheCsrfToken() throws Exception {
    mvc.perform(
            post("/api/v1/units/BT.DL.MT/rename")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Xã Mê Pu Mới\", \"effectiveOn\": \"2023-07-01\"}"))
        .andExpect(status().isForbidden());
    verify(units, never()).rename(any(), any(), any(), any(), any());
  }

  private static MockHttpServletRequestBuilder newUnit(String json) {
    return post("/api/v1/units").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
  }
}
