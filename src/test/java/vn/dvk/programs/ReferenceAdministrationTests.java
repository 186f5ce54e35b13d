package vn.dvk.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dvk.support.IntegrationTest;

/** Administrators keep the reference lists; nothing is deleted, stale edits are refused. */
@IntegrationTest
class ReferenceAdministrationTests {

  @Autowired MockMvc mvc;
  @Autowired ReferenceLists lists;
  @Autowired UserDetailsService users;

  @Test
  void theMovementsAreNamedInEveryLanguage() {
    var movements = lists.byCode(ReferenceList.MOVEMENT);

    assertThat(movements.get("NONG_THON_MOI").name(java.util.Locale.ENGLISH))
        .isEqualTo("The whole country joins forces to build new rural areas");
    assertThat(movements.get("NONG_THON_MOI").name(java.util.Locale.forLanguageTag("he")))
        .isEqualTo("המדינה כולה חוברת לבניית הכפר החדש");
    assertThat(movements.values())
        .filteredOn(
            item ->
                java.util.List.of(
                        "DOI_SONG_VAN_HOA",
                        "VI_NGUOI_NGHEO",
                        "BAO_VE_AN_NINH",
                        "NONG_THON_MOI",
                        "NGUOI_VIET_DUNG_HANG_VIET",
                        "HOC_TAP_LAM_THEO_BAC",
                        "DAN_VAN_KHEO")
                    .contains(item.code()))
        .as("all but Xây dựng đô thị văn minh, which another test renames")
        .hasSize(7)
        .allSatisfy(
            item -> {
              assertThat(item.name(java.util.Locale.ENGLISH))
                  .isNotEqualTo(item.name(java.util.Locale.forLanguageTag("vi")));
              assertThat(item.name(java.util.Locale.forLanguageTag("he"))).isNotBlank();
            });
  }

  @Test
  void anAdministratorAddsAnIndicatorWithItsUnitOfMeasure() throws Exception {
    mvc.perform(
            post("/admin/reference/indicator")
                .param("code", "trees_planted")
                .param("nameVi", "Số cây xanh được trồng")
                .param("nameEn", "Trees planted")
                .param("measureVi", "cây")
                .with(csrf())
                .with(as("admin")))
        .andExpect(status().is3xxRedirection());

    var item = lists.get(ReferenceList.INDICATOR, "TREES_PLANTED");
    assertThat(item.name(java.util.Locale.ENGLISH)).isEqualTo("Trees planted");
    assertThat(item.name(java.util.Locale.forLanguageTag("he")))
        .isEqualTo("Số cây xanh được trồng");
    assertThat(item.measure(java.util.Locale.forLanguageTag("vi"))).isEqualTo("cây");
  }

  @Test
  void aDuplicateCodeIsRefusedWithAMessage() throws Exception {
    mvc.perform(
            post("/admin/reference/field")
                .param("code", "ECONOMY")
                .param("nameVi", "Kinh tế 2")
                .with(csrf())
                .with(as("admin")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Mã “ECONOMY” đã có trong danh mục.")));
  }

  @Test
  void anItemIsDeactivatedNotDeletedAndAStaleEditIsAConflict() throws Exception {
    var movement = lists.get(ReferenceList.MOVEMENT, "DO_THI_VAN_MINH");
    mvc.perform(
            post("/admin/reference/movement/DO_THI_VAN_MINH")
                .param("nameVi", movement.nameVi())
                .param("position", String.valueOf(movement.position()))
                .param("version", String.valueOf(movement.version()))
                .with(csrf())
                .with(as("admin")))
        .andExpect(status().is3xxRedirection());

    assertThat(lists.isActive(ReferenceList.MOVEMENT, "DO_THI_VAN_MINH")).isFalse();
    assertThat(lists.find(ReferenceList.MOVEMENT, "DO_THI_VAN_MINH")).isPresent();
    mvc.perform(
            post("/admin/reference/movement/DO_THI_VAN_MINH")
                .param("nameVi", "Tên cũ")
                .param("active", "true")
                .param("version", String.valueOf(movement.version()))
                .with(csrf())
                .with(as("admin")))
        .andExpect(status().isConflict());

    mvc.perform(
            post("/admin/reference/movement/DO_THI_VAN_MINH")
                .param("nameVi", movement.nameVi())
                .param("active", "true")
                .param("position", String.valueOf(movement.position()))
                .param("version", String.valueOf(movement.version() + 1))
                .with(csrf())
                .with(as("admin")))
        .andExpect(status().is3xxRedirection());
    assertThat(lists.isActive(ReferenceList.MOVEMENT, "DO_THI_VAN_MINH")).isTrue();
  }

  @Test
  void onlyAdministratorsManageTheLists() throws Exception {
    mvc.perform(get("/admin/reference/field").with(as("reviewer")))
        .andExpect(status().isForbidden());
  }

  private RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }
}
