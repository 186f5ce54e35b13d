package vn.dvk.units;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.support.Api.json;
import static vn.dvk.support.Api.read;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccounts;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;
import vn.dvk.support.TestUnits;

/**
 * Restructure plans through the API: two provinces merge under a nation and a district is dissolved
 * into its province, previewed then applied at once; a plan with one refused change applies
 * nothing.
 */
@IntegrationTest
class RestructuresApiTests {

  static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
  static final String REFORM = "2025-07-01";

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired RoundFixtures fixtures;
  @Autowired UserAccounts accounts;
  @Autowired vn.dvk.audit.AuditLog audit;

  String nation;
  String kept;
  String merged;
  String district;
  String commune;
  String national;
  String keptUser;
  String mergedUser;
  String districtUser;

  @BeforeEach
  void twoProvincesAndANation() {
    nation = create(TestUnits.code("VN"), UnitKind.NATION, null);
    kept = create(TestUnits.code("LD"), UnitKind.PROVINCE, null);
    merged = create(TestUnits.code("BT"), UnitKind.PROVINCE, null);
    district = create(merged + ".D", UnitKind.DISTRICT, merged);
    commune = create(district + ".X", UnitKind.COMMUNE, district);
    national = user("national", Role.ADMINISTRATOR, nation);
    keptUser = user("kept", Role.ADMINISTRATOR, kept);
    mergedUser = user("merged", Role.REVIEWER, merged);
    districtUser = user("district", Role.OFFICER, district);
  }

  @Test
  void aPlanIsPreviewedThenAppliedAtOnce() throws Exception {
    var plan =
        """
        {"effectiveOn": "%s", "title": "Sắp xếp", "changes": [
          {"action": "MOVE", "code": "%s", "parentCode": "%s"},
          {"action": "MERGE", "code": "%s", "successorCode": "%s"},
          {"action": "DISSOLVE", "code": "%s", "successorCode": "%s"},
          {"action": "REHOME", "username": "%s", "successorCode": "%s"}]}
        """
            .formatted(REFORM, kept, nation, merged, kept, district, kept, districtUser, commune);
    var created =
        mvc.perform(json(post("/api/v1/restructures"), national, plan))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.applicable").value(true))
            .andExpect(jsonPath("$.rows[1].units", containsInAnyOrder(merged, district)))
            .andExpect(jsonPath("$.rows[1].counts.users").value(1))
            .andExpect(jsonPath("$.rows[2].units", containsInAnyOrder(district, commune)))
            .andExpect(
                jsonPath("$.rehomed[*].username", containsInAnyOrder(mergedUser, districtUser)));
    var id = read(created, "$.id");
    created.andExpect(header().string("Location", "/api/v1/restructures/" + id));
    assertThat(units.find(merged, LocalDate.parse(REFORM))).isPresent();

    mvc.perform(post("/api/v1/restructures/" + id + "/apply").with(httpBasic(national, "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("APPLIED"))
        .andExpect(jsonPath("$.appliedBy").value(national));

    var after = LocalDate.parse(REFORM);
    assertThat(units.find(merged, after)).isEmpty();
    assertThat(units.find(district, after)).isEmpty();
    assertThat(units.get(kept, after).parentCode()).isEqualTo(nation);
    assertThat(units.get(commune, after).parentCode()).isEqualTo(kept);
    assertThat(units.get(commune, after.minusDays(1)).parentCode()).isEqualTo(district);
    assertThat(units.successions(merged)).extracting(Succession::successorCode).contains(kept);
    assertThat(home(mergedUser)).isEqualTo(kept);
    assertThat(home(districtUser)).isEqualTo(commune);
    var account = accounts.findByUsername(mergedUser).orElseThrow();
    assertThat(audit.history("USER", String.valueOf(account.id())))
        .extracting("action")
        .contains("USER_REHOMED");
    mvc.perform(post("/api/v1/restructures/" + id + "/apply").with(httpBasic(national, "demo")))
        .andExpect(status().isConflict());
  }

  @Test
  void aPlanWithARefusedChangeAppliesNothing() throws Exception {
    var plan =
        """
        {"effectiveOn": "%s", "changes": [
          {"action": "MOVE", "code": "%s", "parentCode": "%s"},
          {"action": "DISSOLVE", "code": "%s"},
          {"action": "REHOME", "username": "nobody.here", "successorCode": "%s"}]}
        """
            .formatted(REFORM, kept, nation, district, kept);
    var id =
        read(
            mvc.perform(json(post("/api/v1/restructures"), national, plan))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.applicable").value(false))
                .andExpect(jsonPath("$.refused[0].row").value(2))
                .andExpect(
                    jsonPath("$.refused[0].code").value("units.error.dissolve-needs-successor"))
                .andExpect(jsonPath("$.refused[1].row").value(3)),
            "$.id");

    mvc.perform(post("/api/v1/restructures/" + id + "/apply").with(httpBasic(national, "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem("row 2")));
    assertThat(units.get(kept, LocalDate.parse(REFORM)).parentCode()).isNull();
  }

  @Test
  void aProvincesAdministratorPlansOnlyInsideTheProvince() throws Exception {
    var plan =
        """
        {"effectiveOn": "%s", "changes": [
          {"action": "MOVE", "code": "%s", "parentCode": "%s"},
          {"action": "CREATE", "code": "%s", "name": "Tỉnh mới", "kind": "PROVINCE"}]}
        """
            .formatted(REFORM, kept, nation, TestUnits.code("NEW"));
    var id =
        read(
            mvc.perform(json(post("/api/v1/restructures"), keptUser, plan))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.refused[0].code").value("units.error.not-valid-on"))
                .andExpect(jsonPath("$.refused[1].code").value("units.error.root-not-allowed")),
            "$.id");

    mvc.perform(get("/api/v1/restructures/" + id).with(httpBasic(national, "demo")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/restructures/" + id).with(httpBasic("admin", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(json(post("/api/v1/restructures"), districtUser, plan))
        .andExpect(status().isForbidden());
  }

  private String create(String code, UnitKind kind, String parent) {
    units.create(new NewUnit(code, "Đơn vị " + code, null, kind, null, parent, SINCE), "t");
    return code;
  }

  private String user(String name, Role role, String unit) {
    var username = (name + "." + unit).toLowerCase().replace('.', '-');
    fixtures.user(username, role, unit);
    return username;
  }

  private String home(String username) {
    return accounts.findByUsername(username).orElseThrow().unitCode();
  }

  @Test
  void aPlanComesAsASpreadsheetToThePageWhichPreviewsAndAppliesIt() throws Exception {
    var csv =
        """
        Change;Unit code;Unit name;Short name;Kind of unit;Level;Superior unit;Successor unit;Username
        MOVE;%s;;;;;%s;;
        Merge;%s;;;;;;%s;
        """
            .formatted(kept, nation, merged, kept);
    var answer =
        mvc.perform(
                multipart("/units/restructures")
                    .file(new MockMultipartFile("file", "plan.csv", null, csv.getBytes(UTF_8)))
                    .param("effectiveOn", REFORM)
                    .param("title", "Hợp nhất tỉnh")
                    .with(csrf())
                    .with(httpBasic(national, "demo")))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    mvc.perform(get(answer).with(httpBasic(national, "demo")).header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"plan-apply\"")))
        .andExpect(content().string(containsString(mergedUser)));
    mvc.perform(post(answer + "/apply").with(csrf()).with(httpBasic(national, "demo")))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "units.plan.applied"));
    assertThat(units.find(merged, LocalDate.parse(REFORM))).isEmpty();
    assertThat(home(mergedUser)).isEqualTo(kept);
  }

  @Test
  void anUnreadableSheetIsRefusedWholeNamingEachCell() throws Exception {
    var csv =
        """
        Change;Unit code;Unit name;Short name;Kind of unit;Level;Superior unit;Successor unit;Username
        SPLIT;%s;;;;;;;
        CREATE;%s.N;Xã mới;;VILLAGE;;%s;;
        """
            .formatted(kept, kept, kept);
    mvc.perform(
            multipart("/api/v1/restructures")
                .file(new MockMultipartFile("file", "plan.csv", null, csv.getBytes(UTF_8)))
                .param("effectiveOn", REFORM)
                .header("Accept-Language", "en")
                .with(httpBasic(national, "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", contains("row 2 A", "row 3 E")));
    mvc.perform(
            multipart("/units/restructures")
                .file(new MockMultipartFile("file", "plan.csv", null, csv.getBytes(UTF_8)))
                .param("effectiveOn", REFORM)
                .with(csrf())
                .with(httpBasic(national, "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"plan-errors\"")));
    mvc.perform(get("/api/v1/restructures/template").with(httpBasic(national, "demo")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", startsWith("application/vnd.openxml")));
  }

  @Test
  void aUserWhoseUnitWasDissolvedWithoutASuccessorIsToldSoOnSignIn() throws Exception {
    var communeUser = user("commune", Role.OFFICER, commune);
    var plan =
        """
        {"effectiveOn": "%s", "changes": [{"action": "DISSOLVE", "code": "%s"}]}
        """
            .formatted(REFORM, commune);
    var id =
        read(
            mvc.perform(json(post("/api/v1/restructures"), national, plan))
                .andExpect(jsonPath("$.rehomed[0].username").value(communeUser))
                .andExpect(jsonPath("$.rehomed[0].toUnit").doesNotExist()),
            "$.id");
    mvc.perform(post("/api/v1/restructures/" + id + "/apply").with(httpBasic(national, "demo")))
        .andExpect(status().isOk());

    assertThat(home(communeUser)).isEqualTo(commune);
    mvc.perform(get("/").param("lang", "en").with(httpBasic(communeUser, "demo")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"home-ended\"")))
        .andExpect(content().string(containsString("was dissolved on 01/07/2025")));
    mvc.perform(get("/api/v1/me").with(httpBasic(communeUser, "demo")))
        .andExpect(jsonPath("$.homeUnitEnded.on").value(REFORM))
        .andExpect(jsonPath("$.homeUnitEnded.successorCode").doesNotExist());
    mvc.perform(get("/api/v1/me").with(httpBasic(keptUser, "demo")))
        .andExpect(jsonPath("$.homeUnitEnded").doesNotExist());
  }

  @Test
  void aPlanAppliesOnlyFromItsDayAndRehomesOnlyToUnitsThatStay() throws Exception {
    var tomorrow = LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(1);
    var plan =
        """
        {"effectiveOn": "%s", "changes": [
          {"action": "REHOME", "username": "%s", "successorCode": "%s"},
          {"action": "DISSOLVE", "code": "%s"},
          null]}
        """;
    mvc.perform(
            json(
                post("/api/v1/restructures"),
                national,
                plan.formatted(tomorrow, districtUser, commune, commune)))
        .andExpect(status().isBadRequest());
    var valid = plan.replace(",\n  null]}", "]}").replace(", null]", "]");
    var id =
        read(
            mvc.perform(
                    json(
                        post("/api/v1/restructures"),
                        national,
                        valid.formatted(tomorrow, districtUser, commune, commune)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.refused[0].row").value(1))
                .andExpect(jsonPath("$.refused[0].code").value("units.plan.error.rehome-ended")),
            "$.id");

    mvc.perform(post("/api/v1/restructures/" + id + "/apply").with(httpBasic(national, "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("units.plan.error.not-yet"));
    assertThat(units.find(commune, tomorrow)).isPresent();
  }
}
