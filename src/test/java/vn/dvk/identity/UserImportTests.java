package vn.dvk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;
import vn.dvk.support.SetupFiles;

/**
 * Users set up from a file through the API: generated initial passwords shown once to the
 * administrator who ran the import, every error by row and column, nothing written when a row is
 * wrong, home units only in the administrator's scope.
 */
@IntegrationTest
class UserImportTests {

  static final String ADMIN = "users.import.admin";
  static final String IMPORTS = "/api/v1/users/imports";
  static final String HEADER = "User name;Full name;Role;Unit;E-mail\n";

  @Autowired MockMvc mvc;
  @Autowired RoundFixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder encoder;
  @Autowired UserImports imports;
  @Autowired Acting acting;

  @BeforeEach
  void anAdministratorOfDucLinh() {
    fixtures.user(ADMIN, Role.ADMINISTRATOR, "BT.DL");
  }

  @Test
  void usersAreCreatedAndTheirInitialPasswordsShownOnceToTheirAdministrator() throws Exception {
    var file =
        SetupFiles.filledTemplate(
            mvc,
            IMPORTS + "/template",
            ADMIN,
            List.of(
                List.of("uimp.an", "Nguyễn Văn An", "OFFICER", "BT.DL.VOXU", "an@example.vn"),
                List.of("UIMP.Binh", "Trần Thị Bình", "Chuyên viên thẩm định", "BT.DL", "")));
    var jobUrl = SetupFiles.send(mvc, IMPORTS, ADMIN, file, "users.xlsx");

    var first = SetupFiles.finished(mvc, jobUrl, ADMIN);

    assertThat((String) JsonPath.read(first, "$.state")).isEqualTo("DONE");
    assertThat((List<String>) JsonPath.read(first, "$.created[*].username"))
        .containsExactly("uimp.an", "uimp.binh");
    String password = JsonPath.read(first, "$.created[0].initialPassword");
    assertThat(password).hasSize(16);
    assertThat(encoder.matches(password, hash("uimp.an"))).isTrue();
    assertThat(role("uimp.binh")).isEqualTo("REVIEWER");
    var again = SetupFiles.finished(mvc, jobUrl, ADMIN);
    assertThat((List<String>) JsonPath.read(again, "$.created[*].username")).hasSize(2);
    assertThat((List<Object>) JsonPath.read(again, "$.created[*].initialPassword"))
        .containsOnlyNulls();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'USER_IMPORTED'"
                        + " and subject_id in ('uimp.an', 'uimp.binh') and actor = :a")
                .param("a", ADMIN)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aFileWithErrorsWritesNoUserAndNamesEveryCell() throws Exception {
    var csv =
        HEADER
            + "uimp.ok;Đúng;OFFICER;BT.DL;\n"
            + "Sai Ten!;Tên sai;OFFICER;BT.DL;\n"
            + "uimp.ok;Trùng;KHONG;BT.TL;khong-phai-thu\n"
            + "duclinh;Đã có;LEADER;BT.DL;\n"
            + "uimp.x;;OFFICER;;\n";

    var job =
        SetupFiles.finished(
            mvc,
            SetupFiles.send(mvc, IMPORTS, ADMIN, csv.getBytes(StandardCharsets.UTF_8), "u.csv"),
            ADMIN);

    assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("FAILED");
    List<Integer> rows = JsonPath.read(job, "$.errors[*].row");
    List<String> columns = JsonPath.read(job, "$.errors[*].column");
    assertThat(
            java.util.stream.IntStream.range(0, rows.size())
                .mapToObj(i -> rows.get(i) + columns.get(i)))
        .contains("3A", "4A", "4C", "4D", "4E", "5A", "6B", "6D");
    assertThat((List<String>) JsonPath.read(job, "$.errors[*].message"))
        .contains(
            "Same user name as row 2.", "The unit “BT.TL” does not exist or no longer exists.");
    assertThat(
            jdbc.sql("select count(*) from identity_user where username = 'uimp.ok'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void onlyAnAdministratorOfUsersMayImportThemEvenCallingTheServiceItself() throws Exception {
    mvc.perform(get(IMPORTS + "/template").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isForbidden());

    assertThatThrownBy(
            () ->
                acting.as(
                    "duclinh",
                    () ->
                        imports.start(
                            "u.csv", new ByteArrayInputStream(HEADER.getBytes()), Locale.ENGLISH)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void thePageShowsEachInitialPasswordOnceWithAWarning() throws Exception {
    var csv = HEADER + "uimp.page;Lê Văn Trang;OFFICER;BT.DL;\n";
    var location =
        mvc.perform(
                multipart("/admin/users/import")
                    .file(
                        new MockMultipartFile(
                            "file", "p.csv", null, csv.getBytes(StandardCharsets.UTF_8)))
                    .with(httpBasic(ADMIN, "demo"))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String page = "";
    for (int i = 0; i < 100 && !page.contains("import-done"); i++) {
      Thread.sleep(100);
      page = page(location + "/status");
    }

    assertThat(page).contains("passwords-once", "uimp.page").doesNotContain("passwords-gone");
    var shown = Pattern.compile("<code>([^<]+)</code>").matcher(page);
    assertThat(shown.find()).isTrue();
    assertThat(encoder.matches(shown.group(1), hash("uimp.page"))).isTrue();
    assertThat(page(location)).contains("passwords-gone", "uimp.page");
    assertThat(page("/admin/users/import")).contains("template-link", "import-form");
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(httpBasic(ADMIN, "demo")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String hash(String username) {
    return jdbc.sql("select password_hash from identity_user where username = :u")
        .param("u", username)
        .query(String.class)
        .single();
  }

  private String role(String username) {
    return jdbc.sql("select role from identity_user where username = :u")
        .param("u", username)
        .query(String.class)
        .single();
  }
}
