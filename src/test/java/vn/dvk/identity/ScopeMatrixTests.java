package vn.dvk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dvk.support.IntegrationTest;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/**
 * For each role: reading and acting on a unit inside and outside the user's scope, through the
 * pages and the API. Out of scope answers 404 as if the unit did not exist; a role that may not act
 * gets 403.
 */
@IntegrationTest
class ScopeMatrixTests {

  /** Another province, outside every demo user's scope. */
  static final String OTHER_PROVINCE = "ZZ";

  static final String OTHER_COMMUNE = "ZZ.X01";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Units units;
  @Autowired UserAccounts accounts;

  record Case(String username, String inScope, String outOfScope, boolean mayManageUnits) {
    @Override
    public String toString() {
      return username;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
            new Case("admin", "BT.TL.GIAAN", OTHER_COMMUNE, true),
            new Case("district.admin", "BT.DL.VOXU", "BT.TL.GIAAN", true),
            new Case("reviewer", "BT.DL", OTHER_COMMUNE, false),
            new Case("duclinh.reviewer", "BT.DL.X01", "BT.TL", false),
            new Case("duclinh", "BT.DL.VOXU", "BT.TL", false),
            new Case("tanhlinh.xa", "BT.TL.GIAAN", "BT.TL", false),
            new Case("council", "BT.DL", OTHER_COMMUNE, false),
            new Case("leader", "BT.PT", OTHER_PROVINCE, false))
        .map(Arguments::of);
  }

  @BeforeEach
  void anotherProvinceAndADistrictAdministrator() {
    var start = LocalDate.of(2020, 1, 1);
    if (units.find(OTHER_PROVINCE, start).isEmpty()) {
      units.create(
          new NewUnit(OTHER_PROVINCE, "Tỉnh Khác", null, UnitKind.PROVINCE, null, null, start),
          "t");
      units.create(
          new NewUnit(
              OTHER_COMMUNE, "Xã 01 (Tỉnh Khác)", null, UnitKind.COMMUNE, null, "ZZ", start),
          "t");
    }
    if (accounts.findByUsername("district.admin").isEmpty()) {
      accounts
          .createAll(
              List.of(
                  new NewUserAccount(
                      "district.admin",
                      "Quản trị Đức Linh",
                      null,
                      Role.ADMINISTRATOR,
                      "BT.DL",
                      "demo")))
          .get(0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void unitPagesShowWhatIsInScopeAndHideTheRest(Case c) throws Exception {
    mvc.perform(get("/units/" + c.inScope()).with(as(c))).andExpect(status().isOk());
    mvc.perform(get("/units/" + c.outOfScope()).with(as(c))).andExpect(status().isNotFound());
    mvc.perform(get("/units/NO.SUCH.UNIT").with(as(c))).andExpect(status().isNotFound());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theApiShowsWhatIsInScopeAndHidesTheRest(Case c) throws Exception {
    mvc.perform(get("/api/v1/units/" + c.inScope()).with(as(c))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/units/" + c.outOfScope()).with(as(c)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/units").param("under", c.outOfScope()).with(as(c)))
        .andExpect(status().isNotFound());

    mvc.perform(get("/api/v1/units").param("under", c.inScope()).with(as(c)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code", hasItem(c.inScope())));
    mvc.perform(get("/api/v1/units").param("size", "200").with(as(c)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code", not(hasItem(c.outOfScope()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void onlyAdministratorsActOnUnitsAndOnlyInTheirScope(Case c) throws Exception {
    var rename =
        mvc.perform(
            post("/units/" + c.inScope() + "/rename")
                .param("name", "Tên tạm")
                .param("effectiveOn", "")
                .with(csrf())
                .with(as(c)));
    if (c.mayManageUnits()) {
      // allowed in scope: the form comes back with the missing date, nothing is renamed
      rename.andExpect(status().isUnprocessableContent());
    } else {
      rename.andExpect(status().isForbidden());
    }
    mvc.perform(
            post("/units/" + c.outOfScope() + "/rename")
                .param("name", "Tên tạm")
                .param("effectiveOn", "2030-01-01")
                .with(csrf())
                .with(as(c)))
        .andExpect(c.mayManageUnits() ? status().isNotFound() : status().isForbidden());
    assertThat(units.find(c.outOfScope(), LocalDate.of(2030, 1, 1)).orElseThrow().name())
        .isNotEqualTo("Tên tạm");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void onlyAdministratorsSeeTheUsersOfTheirScope(Case c) throws Exception {
    var inScopeUser = accounts.findByUsername("duclinh").orElseThrow();
    var outOfScopeUser = accounts.findByUsername("tanhlinh.xa").orElseThrow();
    if (!c.mayManageUnits()) {
      mvc.perform(get("/admin/users/" + inScopeUser.id()).with(as(c)))
          .andExpect(status().isForbidden());
      return;
    }
    mvc.perform(get("/admin/users/" + inScopeUser.id()).with(as(c))).andExpect(status().isOk());
    var outside = mvc.perform(get("/admin/users/" + outOfScopeUser.id()).with(as(c)));
    if (c.username().equals("admin")) {
      outside.andExpect(status().isOk());
    } else {
      outside.andExpect(status().isNotFound());
    }
  }

  private RequestPostProcessor as(Case c) {
    return user(userDetails.loadUserByUsername(c.username()));
  }
}
