package vn.dvk.units;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.support.Api.json;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.identity.Role;
import vn.dvk.shared.MovementTime;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;
import vn.dvk.support.TestUnits;

/**
 * Who may create, move and merge which units: an administrator only inside their subtree, and a
 * unit without a parent (a new root) only by an administrator whose home unit is a NATION root. The
 * province's administrator ({@code admin}), a district's, and a national one each try every change
 * inside and outside their scope.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitAdministrationScopeTests {

  static final String DISTRICT_ADMIN = "scope.district.admin";
  static final String NATIONAL_ADMIN = "scope.national.admin";
  static final String NATION = TestUnits.code("VN");
  static final LocalDate TODAY = LocalDate.now(MovementTime.ZONE);
  static final LocalDate START = TODAY.withDayOfYear(1);

  @Autowired MockMvc mvc;
  @Autowired RoundFixtures fixtures;
  @Autowired Units units;

  @BeforeAll
  void aNationAboveNothingYetAndItsAdministrators() {
    units.create(
        new NewUnit(NATION, "Quốc gia thử", null, UnitKind.NATION, null, null, TODAY), "t");
    fixtures.user(NATIONAL_ADMIN, Role.ADMINISTRATOR, NATION);
    fixtures.user(DISTRICT_ADMIN, Role.ADMINISTRATOR, "BT.DL");
  }

  /** Each administrator, a parent for a new unit, and the answer they get. */
  static Stream<Arguments> creations() {
    return Stream.of(
        Arguments.of("admin", "BT.TL", 201),
        Arguments.of("admin", null, 403),
        Arguments.of(DISTRICT_ADMIN, "BT.DL.X09", 201),
        Arguments.of(DISTRICT_ADMIN, "BT.TL", 404),
        Arguments.of(DISTRICT_ADMIN, "BT", 404),
        Arguments.of(DISTRICT_ADMIN, null, 403),
        Arguments.of(NATIONAL_ADMIN, NATION, 201),
        Arguments.of(NATIONAL_ADMIN, "BT.TL", 201),
        Arguments.of(NATIONAL_ADMIN, null, 201));
  }

  @ParameterizedTest(name = "{0} under {1} → {2}")
  @MethodSource("creations")
  void administratorsCreateOnlyInsideTheirSubtree(String admin, String parent, int expected)
      throws Exception {
    var code = TestUnits.code("S");
    var answer = mvc.perform(json(post("/api/v1/units"), admin, newUnit(code, parent)));

    answer.andExpect(status().is(expected));
    if (expected == 403) {
      answer.andExpect(jsonPath("$.code").value("units.error.root-not-allowed"));
    }
    var afterwards = mvc.perform(get("/api/v1/units/" + code).with(httpBasic(admin, "demo")));
    afterwards.andExpect(status().is(expected == 201 ? 200 : 404));
  }

  /** Each administrator, a unit to move, its new parent, and the answer they get. */
  static Stream<Arguments> moves() {
    return Stream.of(
        Arguments.of(DISTRICT_ADMIN, "BT.DL.X09", "BT.DL.X10", 200),
        Arguments.of(DISTRICT_ADMIN, "BT.DL.X09", "BT.TL", 404),
        Arguments.of(DISTRICT_ADMIN, "BT.TL.GIAAN", "BT.DL", 404),
        Arguments.of("admin", "BT.DL.X09", "BT.TL", 200),
        Arguments.of("admin", "BT.DL.X09", "ZZ", 404),
        Arguments.of(NATIONAL_ADMIN, "BT.DL.X09", "BT.TL", 200));
  }

  @ParameterizedTest(name = "{0} moves under {2} → {3}")
  @MethodSource("moves")
  void administratorsMoveOnlyInsideTheirSubtree(
      String admin, String under, String newParent, int expected) throws Exception {
    var code = cellUnder(under);

    var body = "{\"parentCode\": \"%s\", \"effectiveOn\": \"%s\"}".formatted(newParent, TODAY);
    mvc.perform(json(post("/api/v1/units/" + code + "/move"), admin, body))
        .andExpect(status().is(expected));
    if (expected == 404) {
      mvc.perform(get("/api/v1/units/" + code).with(httpBasic("admin", "demo")))
          .andExpect(jsonPath("$.parentCode").value(under));
    }
  }

  @Test
  void aDistrictAdministratorMergesOnlyInsideTheirDistrict() throws Exception {
    var inside = cellUnder("BT.DL.X09");
    var target = cellUnder("BT.DL.X09");
    var outside = cellUnder("BT.TL.GIAAN");
    var merge = "{\"targetCode\": \"%s\", \"effectiveOn\": \"%s\"}";

    mvc.perform(
            json(
                post("/api/v1/units/" + inside + "/merge"),
                DISTRICT_ADMIN,
                merge.formatted(outside, TODAY)))
        .andExpect(status().isNotFound());
    mvc.perform(
            json(
                post("/api/v1/units/" + outside + "/merge"),
                DISTRICT_ADMIN,
                merge.formatted(target, TODAY)))
        .andExpect(status().isNotFound());
    mvc.perform(
            json(
                post("/api/v1/units/" + inside + "/merge"),
                DISTRICT_ADMIN,
                merge.formatted(target, TODAY)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value(target));
  }

  @Test
  void aRootWithoutTheRightIsRefusedOnThePageToo() throws Exception {
    mvc.perform(
            post("/units")
                .param("code", TestUnits.code("P"))
                .param("name", "Tỉnh ngoài phạm vi")
                .param("kind", "PROVINCE")
                .param("parentCode", "")
                .param("validFrom", TODAY.toString())
                .with(httpBasic("admin", "demo"))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().isForbidden());
  }

  private String cellUnder(String parent) {
    var code = TestUnits.code("C");
    units.create(
        new NewUnit(code, "Chi bộ " + code, null, UnitKind.PARTY_CELL, null, parent, START), "t");
    return code;
  }

  private static String newUnit(String code, String parent) {
    var kind = parent == null ? "PROVINCE" : "PARTY_CELL";
    return """
        {"code": "%s", "name": "Đơn vị %s", "kind": "%s", %s "validFrom": "%s"}
        """
        .formatted(
            code, code, kind, parent == null ? "" : "\"parentCode\": \"" + parent + "\",", TODAY);
  }
}
