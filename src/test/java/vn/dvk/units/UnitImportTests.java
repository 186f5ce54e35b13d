package vn.dvk.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.identity.Role;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;
import vn.dvk.support.SetupFiles;
import vn.dvk.support.TestUnits;

/**
 * Units set up from a file through the API: all rows or none, every error by row and column, the
 * administrator's scope kept. The units are party cells of this year under a commune of Đức Linh,
 * so that no count of the demo data moves.
 */
@IntegrationTest
class UnitImportTests {

  static final String ADMIN = "units.import.admin";
  static final String IMPORTS = "/api/v1/units/imports";
  static final String START =
      LocalDate.now(vn.dvk.shared.MovementTime.ZONE).withDayOfYear(1).toString();

  @Autowired MockMvc mvc;
  @Autowired RoundFixtures fixtures;
  @Autowired Units units;
  @Autowired UnitImports imports;
  @Autowired Acting acting;

  @BeforeEach
  void anAdministratorOfDucLinh() {
    fixtures.user(ADMIN, Role.ADMINISTRATOR, "BT.DL");
  }

  @Test
  void aFilledTemplateCreatesEveryUnitChildrenBeforeTheirParentsInTheFile() throws Exception {
    var cell = TestUnits.code("CELL");
    var child = TestUnits.code("SUB");
    var file =
        SetupFiles.filledTemplate(
            mvc,
            IMPORTS + "/template",
            ADMIN,
            List.of(
                row(child, "Tổ 1", "Chi bộ", "", cell, "1/1/" + START.substring(0, 4)),
                row(cell, "Chi bộ thôn 1", "PARTY_CELL", "GRASSROOTS", "BT.DL.VOXU", START)));

    var job = SetupFiles.finished(mvc, SetupFiles.send(mvc, IMPORTS, ADMIN, file, "u.xlsx"), ADMIN);

    assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("DONE");
    assertThat((List<String>) JsonPath.read(job, "$.created")).containsExactly(cell, child);
    assertThat((int) JsonPath.read(job, "$.processed")).isEqualTo(2);
    assertThat((int) JsonPath.read(job, "$.total")).isEqualTo(2);
    assertThat(units.find(child, LocalDate.parse(START)).orElseThrow().parentCode())
        .isEqualTo(cell);
    assertThat(units.history(cell).get(0).code()).isEqualTo(cell);
  }

  @Test
  void aFileWithErrorsInSeveralRowsWritesNothingAndNamesEachCell() throws Exception {
    var good = TestUnits.code("OK");
    var file =
        SetupFiles.filledTemplate(
            mvc,
            IMPORTS + "/template",
            ADMIN,
            List.of(
                row(good, "Chi bộ tốt", "PARTY_CELL", null, "BT.DL.VOXU", START),
                row("mã sai!", "Chi bộ", "PARTY_CELL", null, "BT.DL.VOXU", START),
                row(TestUnits.code("K"), null, "KHONG_CO", null, "BT.DL.VOXU", "31/02/2025"),
                row(good, "Trùng", "PARTY_CELL", null, "BT.DL.VOXU", START),
                row(TestUnits.code("TL"), "Ngoài phạm vi", "PARTY_CELL", null, "BT.TL", START),
                row(TestUnits.code("P"), "Cấp sai", "PROVINCE", null, "BT.DL.VOXU", START)));

    var job =
        SetupFiles.finished(mvc, SetupFiles.send(mvc, IMPORTS, ADMIN, file, "bad.xlsx"), ADMIN);

    assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("FAILED");
    List<String> cells = JsonPath.read(job, "$.errors[*].column");
    List<Integer> rows = JsonPath.read(job, "$.errors[*].row");
    assertThat(zip(rows, cells)).contains("3A", "4B", "4C", "4F", "5A", "6E", "7E");
    assertThat((List<String>) JsonPath.read(job, "$.errors[*].message"))
        .contains("This field is required.", "Same code as row 2.", "No unit “BT.TL” was found.");
    assertThat(units.find(good, LocalDate.parse(START))).isEmpty();
  }

  @Test
  void aCsvFileWithSemicolonsAndAByteOrderMarkIsReadLikeAWorkbook() throws Exception {
    var code = TestUnits.code("CSV");
    var csv =
        "\uFEFFMã đơn vị *;Tên đơn vị *;Loại đơn vị *;Cấp;Đơn vị cấp trên *;Hiệu lực từ *\r\n"
            + code
            + ";\"Chi bộ; thôn 2\";PARTY_CELL;;BT.DL.VOXU;"
            + START
            + "\r\n";

    var job =
        SetupFiles.finished(
            mvc,
            SetupFiles.send(mvc, IMPORTS, ADMIN, csv.getBytes(StandardCharsets.UTF_8), "u.csv"),
            ADMIN);

    assertThat((List<String>) JsonPath.read(job, "$.created")).containsExactly(code);
    assertThat(units.find(code, LocalDate.parse(START)).orElseThrow().name())
        .isEqualTo("Chi bộ; thôn 2");
  }

  @Test
  void theTemplateIsLocalizedAndReadBack() throws Exception {
    var bytes =
        mvc.perform(
                get(IMPORTS + "/template")
                    .header("Accept-Language", "he")
                    .with(httpBasic(ADMIN, "demo")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var header = workbook.getSheetAt(0).getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("קוד יחידה *");
      assertThat(header.getCell(0).getCellComment().getString().getString()).contains("BT.DL.XA1");
    }
  }

  @Test
  void onlyAnAdministratorMayImportUnitsEvenCallingTheServiceItself() throws Exception {
    mvc.perform(
            multipart(IMPORTS)
                .file(new MockMultipartFile("file", "u.csv", null, "a;b".getBytes()))
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isForbidden());

    assertThatThrownBy(
            () ->
                acting.as(
                    "duclinh",
                    () ->
                        imports.start(
                            "u.csv", new ByteArrayInputStream(new byte[1]), Locale.ENGLISH)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anotherAdministratorsJobIsNotFound() throws Exception {
    var csv = "Unit code;Unit name;Kind of unit;Level;Superior unit;Valid from\n".getBytes();
    var job = SetupFiles.send(mvc, IMPORTS, ADMIN, csv, "empty.csv");

    mvc.perform(get(job).with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
    assertThat((String) JsonPath.read(SetupFiles.finished(mvc, job, ADMIN), "$.errors[0].message"))
        .isEqualTo("The file has no data rows.");
  }

  private static List<String> row(String... cells) {
    return Arrays.asList(cells);
  }

  private static List<String> zip(List<Integer> rows, List<String> columns) {
    return java.util.stream.IntStream.range(0, rows.size())
        .mapToObj(i -> rows.get(i) + columns.get(i))
        .toList();
  }
}
