package vn.dvk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.audit.AuditLog;
import vn.dvk.identity.BootstrapProperties.Admin;
import vn.dvk.identity.BootstrapProperties.Root;
import vn.dvk.identity.domain.UserRepository;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/**
 * A new installation: its own empty database, no demo data, no bootstrap settings. The application
 * starts, its login page says what to set; the bootstrap then creates the first administrator once,
 * and never again once a user exists.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:dvk-first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "dvk.demo.enabled=false"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FirstStartTests {

  private static final String PASSWORD = "mây trắng bay qua đồi chè";

  @Autowired MockMvc mvc;
  @Autowired UserRepository users;
  @Autowired UserAccounts accounts;
  @Autowired AdministeredAccounts administered;
  @Autowired Units units;
  @Autowired TransactionTemplate transaction;
  @Autowired MessageSource messages;
  @Autowired AuditLog audit;

  @Test
  void theFirstAdministratorIsCreatedOnceAndNeverWhenUsersExist() throws Exception {
    mvc.perform(get("/login").cookie(new Cookie("dvk-lang", "en")))
        .andExpect(content().string(containsString("<code>DVK_BOOTSTRAP_ADMIN_USERNAME</code>")))
        .andExpect(content().string(containsString("“Going live”")));

    bootstrap("quantri", "NT", "Tỉnh Ninh Thuận").run(null);

    var admin = accounts.findByUsername("quantri").orElseThrow();
    assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
    assertThat(admin.unitCode()).isEqualTo("NT");
    assertThat(admin.passwordChangeRequired()).isTrue();
    var root = units.find("NT", units.today()).orElseThrow();
    assertThat(root.parentCode()).isNull();
    assertThat(root.kind()).isEqualTo(UnitKind.PROVINCE);
    assertThat(audit.history("USER", String.valueOf(admin.id())))
        .singleElement()
        .satisfies(entry -> assertThat(entry.actor()).isEqualTo("bootstrap"));
    mvc.perform(get("/login"))
        .andExpect(content().string(not(containsString("DVK_BOOTSTRAP_ADMIN_USERNAME"))));

    bootstrap("quantri2", "NT2", "Tỉnh Khác").run(null);

    assertThat(accounts.findByUsername("quantri2")).isEmpty();
    assertThat(units.find("NT2", units.today())).isEmpty();
    assertThat(accounts.inUnits(java.util.List.of("NT"))).hasSize(1);
  }

  private FirstAdministrator bootstrap(String username, String code, String name) {
    return new FirstAdministrator(
        new BootstrapProperties(new Admin(username, PASSWORD), new Root(code, name, null)),
        users,
        units,
        accounts,
        administered,
        transaction,
        messages);
  }
}
