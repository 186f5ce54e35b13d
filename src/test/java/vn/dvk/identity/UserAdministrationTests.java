package vn.dvk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
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

@IntegrationTest
class UserAdministrationTests {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired UserDetailsService userDetails;

  @Test
  void anAdministratorCreatesAUserWhoCanThenSignIn() throws Exception {
    mvc.perform(
            post("/admin/users")
                .param("username", "new.officer")
                .param("displayName", "Cán bộ Mới")
                .param("role", "OFFICER")
                .param("unitCode", "BT.TL")
                .param("enabled", "true")
                .param("password", "a long password")
                .with(csrf())
                .with(admin()))
        .andExpect(status().is3xxRedirection());

    var created = accounts.findByUsername("new.officer").orElseThrow();
    assertThat(created.unitCode()).isEqualTo("BT.TL");
    mvc.perform(formLogin().user("new.officer").password("a long password"))
        .andExpect(authenticated().withRoles("OFFICER"));
  }

  @Test
  void aDuplicateUserNameIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
    mvc.perform(
            post("/admin/users")
                .param("username", "duclinh")
                .param("displayName", "Người Trùng Tên")
                .param("role", "OFFICER")
                .param("unitCode", "BT.DL")
                .param("password", "a long password")
                .with(csrf())
                .with(admin()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Tên đăng nhập “duclinh” đã có người dùng.")))
        .andExpect(content().string(containsString("value=\"Người Trùng Tên\"")));
  }

  @Test
  void theSecondOfTwoConcurrentEditsGetsAConflictAndChangesNothing() throws Exception {
    var user = create("edited.twice");

    mvc.perform(edit(user, user.version(), "Tên Thứ Nhất")).andExpect(status().is3xxRedirection());
    mvc.perform(edit(user, user.version(), "Tên Thứ Hai"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("vừa được người khác sửa")));

    assertThat(accounts.find(user.id()).orElseThrow().displayName()).isEqualTo("Tên Thứ Nhất");
  }

  @Test
  void anAdministratorCannotPlaceAUserOutsideTheirScope() throws Exception {
    var districtAdmin = create("admin.of.duclinh", Role.ADMINISTRATOR, "BT.DL");
    var user = create("kept.in.duclinh");

    mvc.perform(
            post("/admin/users/" + user.id())
                .param("displayName", "x")
                .param("role", "OFFICER")
                .param("unitCode", "BT.TL")
                .param("enabled", "true")
                .param("version", String.valueOf(user.version()))
                .with(csrf())
                .with(user(userDetails.loadUserByUsername(districtAdmin.username()))))
        .andExpect(status().isNotFound());
    assertThat(accounts.find(user.id()).orElseThrow().unitCode()).isEqualTo("BT.DL");
  }

  @Test
  void theUserListShowsTheUsersOfTheScope() throws Exception {
    mvc.perform(get("/admin/users").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("tanhlinh.xa")))
        .andExpect(content().string(containsString("duclinh")));
  }

  private org.springframework.test.web.servlet.RequestBuilder edit(
      UserAccount user, int version, String name) {
    return post("/admin/users/" + user.id())
        .param("displayName", name)
        .param("role", "OFFICER")
        .param("unitCode", "BT.DL")
        .param("enabled", "true")
        .param("version", String.valueOf(version))
        .with(csrf())
        .with(admin());
  }

  private UserAccount create(String username) {
    return create(username, Role.OFFICER, "BT.DL");
  }

  private UserAccount create(String username, Role role, String unit) {
    return accounts
        .findByUsername(username)
        .orElseGet(
            () -> accounts.create(new NewUserAccount(username, username, null, role, unit, "pw")));
  }

  private RequestPostProcessor admin() {
    return user(userDetails.loadUserByUsername("admin"));
  }
}
