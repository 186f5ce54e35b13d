package vn.dvk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dvk.shared.NotFoundException;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

@IntegrationTest
class UserAdministrationTests {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired AccountAccess access;
  @Autowired Acting acting;
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
                .param("password", "mây trắng bay qua đồi chè")
                .with(csrf())
                .with(admin()))
        .andExpect(status().is3xxRedirection());

    var created = accounts.findByUsername("new.officer").orElseThrow();
    assertThat(created.unitCode()).isEqualTo("BT.TL");
    mvc.perform(formLogin().user("new.officer").password("mây trắng bay qua đồi chè"))
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
                .param("password", "mây trắng bay qua đồi chè")
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
  void theServiceRefusesAdministrationToAUserWithoutTheRightWhoeverCallsIt() {
    var user = create("not.administered");

    assertThatThrownBy(
            () ->
                acting.run(
                    "duclinh.reviewer",
                    () -> access.resetPassword(user.id(), "mây trắng bay qua đồi chè")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                acting.run(
                    "duclinh.reviewer",
                    () ->
                        accounts.create(
                            new NewUserAccount(
                                "made.by.reviewer",
                                null,
                                null,
                                Role.ADMINISTRATOR,
                                "BT.DL",
                                "mây trắng bay qua đồi chè"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> access.unlock(user.id())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theServiceRefusesAccountsAndUnitsOutOfTheAdministratorsScope() {
    create("admin.of.duclinh", Role.ADMINISTRATOR, "BT.DL");
    var elsewhere = create("kept.in.tanhlinh", Role.OFFICER, "BT.TL");

    acting.run(
        "admin.of.duclinh",
        () -> {
          assertThatThrownBy(() -> access.resetPassword(elsewhere.id(), "mây trắng bay qua"))
              .isInstanceOf(NotFoundException.class);
          assertThatThrownBy(() -> access.unlock(elsewhere.id()))
              .isInstanceOf(NotFoundException.class);
          assertThatThrownBy(
                  () ->
                      accounts.update(
                          elsewhere.id(),
                          elsewhere.version(),
                          "x",
                          null,
                          Role.OFFICER,
                          "BT.TL",
                          true))
              .isInstanceOf(NotFoundException.class);
          assertThatThrownBy(
                  () ->
                      accounts.create(
                          new NewUserAccount(
                              "placed.outside",
                              null,
                              null,
                              Role.OFFICER,
                              "BT.TL",
                              "mây trắng bay qua đồi chè")))
              .hasFieldOrPropertyWithValue("messageKey", "users.error.unit-unknown");
        });
    assertThat(accounts.findByUsername("placed.outside")).isEmpty();
  }

  @Test
  void anAdministratorCannotGiveACommonOrWeakPassword() throws Exception {
    for (var weak : new String[] {"12345678", "password", "new.weakling1"}) {
      mvc.perform(
              post("/admin/users")
                  .param("username", "new.weakling")
                  .param("displayName", "Yếu")
                  .param("role", "OFFICER")
                  .param("unitCode", "BT.DL")
                  .param("password", weak)
                  .with(csrf())
                  .with(admin()))
          .andExpect(status().isUnprocessableContent());
    }
    assertThat(accounts.findByUsername("new.weakling")).isEmpty();
  }

  @Test
  void anAdministratorLocksAnAccountOnItsPageUntilUnlockingItButNeverTheirOwn() throws Exception {
    var user = create("page.locked");

    mvc.perform(post("/admin/users/" + user.id() + "/lock").with(csrf()).with(admin()))
        .andExpect(status().is3xxRedirection());
    assertThat(accounts.find(user.id()).orElseThrow().lockedByAdministrator()).isTrue();
    mvc.perform(formLogin().user("page.locked").password("pw")).andExpect(unauthenticated());

    mvc.perform(post("/admin/users/" + user.id() + "/unlock").with(csrf()).with(admin()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(formLogin().user("page.locked").password("pw")).andExpect(authenticated());

    var me = accounts.findByUsername("admin").orElseThrow();
    mvc.perform(post("/admin/users/" + me.id() + "/lock").with(csrf()).with(admin()))
        .andExpect(status().isUnprocessableContent());
    assertThat(accounts.find(me.id()).orElseThrow().lockedByAdministrator()).isFalse();
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
            () ->
                accounts
                    .createAll(
                        List.of(new NewUserAccount(username, username, null, role, unit, "pw")))
                    .get(0));
  }

  private RequestPostProcessor admin() {
    return user(userDetails.loadUserByUsername("admin"));
  }
}
