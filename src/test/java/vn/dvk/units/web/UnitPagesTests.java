package vn.dvk.units.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/** The administrator's unit pages: changes that pass, and refusals shown with what was typed. */
@IntegrationTest
class UnitPagesTests {

  /**
   * After the demo's years, so that the districts these tests add to the demo province never enter
   * the figures of the demo's reports.
   */
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired UserDetailsService userDetails;

  private String district;
  private String commune;

  @BeforeEach
  void aDistrictWithACommuneInTheDemoProvince() {
    district = TestUnits.code("D");
    commune = TestUnits.code("C");
    units.create(
        new NewUnit(district, "Huyện Thử", null, UnitKind.DISTRICT, null, "BT", START), "t");
    units.create(
        new NewUnit(commune, "Xã Thử", null, UnitKind.COMMUNE, null, district, START), "t");
  }

  @Test
  void theTreeShowsTheUnitsOfTheDateAsked() throws Exception {
    mvc.perform(get("/units").param("asOf", "2024-06-30").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Huyện Đức Linh")))
        .andExpect(content().string(containsString("Xã Thử")));
    mvc.perform(get("/units").param("asOf", "2019-06-30").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Không có đơn vị nào trong phạm vi")));
  }

  @Test
  void aRenameTakesEffectOnItsDate() throws Exception {
    mvc.perform(
            post("/units/" + commune + "/rename")
                .param("name", "Xã Đổi Tên")
                .param("shortName", "Đổi Tên")
                .param("effectiveOn", "2025-07-01")
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/units/" + commune))
        .andExpect(flash().attribute("notice", "units.changed.rename"));

    assertThat(units.get(commune, LocalDate.of(2025, 6, 30)).name()).isEqualTo("Xã Thử");
    assertThat(units.get(commune, LocalDate.of(2025, 7, 1)).name()).isEqualTo("Xã Đổi Tên");
    mvc.perform(get("/units/" + commune).with(admin()))
        .andExpect(content().string(containsString("Đổi tên")));
  }

  @Test
  void aChangeThatWouldRewriteHistoryIsRefusedWithTheTypedValuesKept() throws Exception {
    mvc.perform(
            post("/units/" + commune + "/rename")
                .param("name", "Xã Gõ Nhầm")
                .param("effectiveOn", "2019-01-01")
                .with(csrf())
                .with(admin())
                .cookie(new Cookie("dvk-lang", "en")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("recorded history cannot be rewritten")))
        .andExpect(content().string(containsString("value=\"Xã Gõ Nhầm\"")))
        .andExpect(content().string(containsString("value=\"2019-01-01\"")));

    assertThat(units.history(commune)).hasSize(1);
  }

  @Test
  void aMoveThatWouldMakeACycleIsRefused() throws Exception {
    mvc.perform(
            post("/units/" + district + "/move")
                .param("parentCode", commune)
                .param("effectiveOn", "2025-07-01")
                .with(csrf())
                .with(admin()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("vòng lặp")));
  }

  @Test
  void aMergerMovesTheChildrenAndEndsTheUnit() throws Exception {
    var target = TestUnits.code("T");
    units.create(
        new NewUnit(target, "Huyện Nhận", null, UnitKind.DISTRICT, null, "BT", START), "t");

    mvc.perform(
            post("/units/" + district + "/merge")
                .param("targetCode", target)
                .param("effectiveOn", "2025-07-01")
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/units/" + district));

    assertThat(units.find(district, LocalDate.of(2025, 7, 1))).isEmpty();
    assertThat(units.get(commune, LocalDate.of(2025, 7, 1)).parentCode()).isEqualTo(target);
    mvc.perform(get("/units/" + district).with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("được sáp nhập vào " + target)));
  }

  @Test
  void aNewUnitWithADuplicateCodeIsRefusedInTheReadersLanguage() throws Exception {
    mvc.perform(
            post("/units")
                .param("code", commune)
                .param("name", "Xã Trùng Mã")
                .param("kind", "COMMUNE")
                .param("parentCode", district)
                .param("validFrom", "2024-01-01")
                .with(csrf())
                .with(admin())
                .cookie(new Cookie("dvk-lang", "he")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("כבר משמש יחידה אחרת")))
        .andExpect(content().string(containsString("value=\"Xã Trùng Mã\"")));
  }

  @Test
  void aNewUnitIsAddedUnderAParentInScope() throws Exception {
    var code = TestUnits.code("N");
    mvc.perform(
            post("/units")
                .param("code", code.toLowerCase())
                .param("name", "Xã Mới Lập")
                .param("kind", "COMMUNE")
                .param("parentCode", district)
                .param("validFrom", "2024-01-01")
                .with(csrf())
                .with(admin()))
        .andExpect(redirectedUrl("/units/" + code));

    assertThat(units.get(code, LocalDate.of(2024, 1, 1)).parentCode()).isEqualTo(district);
    assertThat(units.find(code, LocalDate.of(2023, 12, 31))).isEmpty();
  }

  @Test
  void aBadDateIsAFormErrorNotACrash() throws Exception {
    mvc.perform(
            post("/units/" + commune + "/rename")
                .param("name", "Xã Mới")
                .param("effectiveOn", "31/02/2025")
                .with(csrf())
                .with(admin()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Ngày không đúng định dạng")));
  }

  private RequestPostProcessor admin() {
    return user(userDetails.loadUserByUsername("admin"));
  }
}
