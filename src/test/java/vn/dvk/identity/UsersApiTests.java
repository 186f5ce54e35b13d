package vn.dvk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;

@IntegrationTest
class UsersApiTests {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired AccountAccess access;
  @Autowired Acting acting;
  @Autowired RoundFixtures fixtures;

  @Test
  void anAdministratorCreatesAUserWithAPasswordTheSystemChoosesAndShowsOnce() throws Exception {
    var answer =
        mvc.perform(
                json(
                    post("/api/v1/users"),
                    """
                    {"username": "api.created", "displayName": "Cán bộ API", "role": "OFFICER",
                     "unitCode": "BT.DL", "email": "api.created@example.vn"}
                    """))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/v1/users/api.created"))
            .andExpect(jsonPath("$.username").value("api.created"))
            .andExpect(jsonPath("$.active").value(true))
            .andExpect(jsonPath("$.passwordChangeRequired").value(true))
            .andReturn();
    String temporary =
        JsonPath.read(answer.getResponse().getContentAsString(), "$.temporaryPassword");
    assertThat(temporary).hasSize(16);

    mvc.perform(get("/api/v1/users/api.created").with(admin()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.displayName").value("Cán bộ API"))
        .andExpect(jsonPath("$.unitCode").value("BT.DL"))
        .andExpect(jsonPath("$.temporaryPassword").doesNotExist());
    mvc.perform(get("/api/v1/users").param("q", "api.created").with(admin()))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].role").value("OFFICER"));
    mvc.perform(get("/api/v1/me").with(httpBasic("api.created", temporary)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("api.error.password-change-required"));
  }

  @Test
  void anAccountCreatedInactiveCannotSignInYet() throws Exception {
    mvc.perform(
            json(
                post("/api/v1/users"),
                """
                {"username": "api.inactive", "role": "OFFICER", "unitCode": "BT.DL",
                 "active": false}
                """))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.active").value(false));
    assertThat(accounts.findByUsername("api.inactive").orElseThrow().enabled()).isFalse();
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsCreated() throws Exception {
    mvc.perform(json(post("/api/v1/users"), "{\"username\": \"api.bad\", \"unitCode\": \"BT.DL\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("role"));
    mvc.perform(
            json(
                post("/api/v1/users"),
                """
                {"username": "api.bad", "role": "OFFICER", "unitCode": "BT.DL",
                 "password": "12345678"}
                """))
        .andExpect(status().isUnprocessableContent());
    assertThat(accounts.findByUsername("api.bad")).isEmpty();
  }

  @Test
  void anUpdateNeedsTheVersionReadAndASecondOneOnTheSameVersionConflicts() throws Exception {
    var user = loaded("api.updated", Role.OFFICER, "BT.DL");
    var change =
        """
        {"displayName": "Tên Mới", "role": "REVIEWER", "unitCode": "BT.DL", "active": true,
         "version": %d}
        """
            .formatted(user.version());

    mvc.perform(json(put("/api/v1/users/api.updated"), change))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.role").value("REVIEWER"))
        .andExpect(jsonPath("$.version").value(user.version() + 1));
    mvc.perform(json(put("/api/v1/users/api.updated"), change.replace("Tên Mới", "Tên Khác")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("users.error.concurrent-change"));
    mvc.perform(
            json(
                put("/api/v1/users/api.updated"),
                "{\"role\": \"OFFICER\", \"unitCode\": \"BT.DL\", \"active\": true}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    assertThat(accounts.findByUsername("api.updated").orElseThrow().displayName())
        .isEqualTo("Tên Mới");
  }

  @Test
  void aLockedAccountCannotSignInUntilUnlockedAndAResetForcesANewPassword() throws Exception {
    loaded("api.locked", Role.OFFICER, "BT.DL");

    mvc.perform(post("/api/v1/users/api.locked/lock").with(admin()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.locked").value(true));
    mvc.perform(get("/api/v1/me").with(httpBasic("api.locked", "demo")))
        .andExpect(status().isUnauthorized());

    mvc.perform(post("/api/v1/users/api.locked/unlock").with(admin()))
        .andExpect(jsonPath("$.locked").value(false));
    mvc.perform(get("/api/v1/me").with(httpBasic("api.locked", "demo"))).andExpect(status().isOk());

    var reset =
        mvc.perform(post("/api/v1/users/api.locked/password-reset").with(admin()))
            .andExpect(status().isOk())
            .andReturn();
    String temporary =
        JsonPath.read(reset.getResponse().getContentAsString(), "$.temporaryPassword");
    mvc.perform(get("/api/v1/me").with(httpBasic("api.locked", "demo")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/me").with(httpBasic("api.locked", temporary)))
        .andExpect(jsonPath("$.code").value("api.error.password-change-required"));
  }

  @Test
  void usersOutOfScopeReadAsMissingAndOnlyAdministratorsMayManage() throws Exception {
    loaded("api.admin.dl", Role.ADMINISTRATOR, "BT.DL");
    loaded("api.in.tl", Role.OFFICER, "BT.TL");
    var districtAdmin = httpBasic("api.admin.dl", "demo");

    mvc.perform(get("/api/v1/users/api.in.tl").with(districtAdmin))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/users/api.in.tl/lock").with(districtAdmin))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/users").param("q", "api.in.tl").with(districtAdmin))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/users").with(httpBasic("duclinh.reviewer", "demo")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/users/api.in.tl").with(httpBasic("duclinh.reviewer", "demo")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theServiceRefusesOutOfScopeWorkAndAnAdministratorLockingThemselfWhenCalledDirectly() {
    loaded("svc.admin.dl", Role.ADMINISTRATOR, "BT.DL");
    loaded("svc.in.tl", Role.OFFICER, "BT.TL");

    acting.run(
        "svc.admin.dl",
        () -> {
          assertThatThrownBy(() -> accounts.administered("svc.in.tl"))
              .isInstanceOf(NotFoundException.class);
          assertThatThrownBy(() -> access.lock("svc.in.tl")).isInstanceOf(NotFoundException.class);
          assertThatThrownBy(() -> access.resetPassword("svc.in.tl"))
              .isInstanceOf(NotFoundException.class);
          assertThat(accounts.administered()).noneMatch(u -> u.unitCode().equals("BT.TL"));
          assertThatThrownBy(() -> access.lock("svc.admin.dl"))
              .hasFieldOrPropertyWithValue("messageKey", "users.error.own-lockout");
          var me = accounts.administered("svc.admin.dl");
          assertThatThrownBy(
                  () ->
                      accounts.update(
                          me.id(), me.version(), null, null, Role.OFFICER, "BT.DL", true))
              .isInstanceOf(BusinessRuleException.class);
        });
    assertThat(accounts.findByUsername("svc.admin.dl").orElseThrow().role())
        .isEqualTo(Role.ADMINISTRATOR);
  }

  private UserAccount loaded(String username, Role role, String unit) {
    fixtures.user(username, role, unit);
    return accounts.findByUsername(username).orElseThrow();
  }

  private static RequestPostProcessor admin() {
    return httpBasic("admin", "demo");
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String body) {
    return request.with(admin()).contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
