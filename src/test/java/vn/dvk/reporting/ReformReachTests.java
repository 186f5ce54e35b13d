package vn.dvk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.Scope;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.ModelBulkLoader;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.units.Restructures;
import vn.dvk.units.UnitView;
import vn.dvk.units.Units;

/**
 * After the reform, the merged province's readers reach the work of the provinces and communes it
 * absorbed: their models in lists, their rounds, and their units in the pickers of past years.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReformReachTests {

  @Autowired Units units;
  @Autowired UserAccounts accounts;
  @Autowired ModelBulkLoader models;
  @Autowired RecognitionBulkLoader rounds;
  @Autowired Restructures restructures;
  @Autowired TransactionTemplate transaction;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;
  @Autowired Scope scope;
  @Autowired MockMvc mvc;
  @Autowired vn.dvk.recognition.domain.AftercareRepository aftercare;
  @Autowired vn.dvk.recognition.LowResults lowResults;

  ReformedProvinces provinces;

  @BeforeAll
  void twoProvincesMergeUnderTheNation() {
    provinces =
        new ReformedProvinces(units, accounts, models, rounds, restructures, transaction, jdbc);
    provinces.history();
    provinces.reform(acting);
  }

  @Test
  void theMergedProvincesReaderListsTheModelsOfCommunesThatNoLongerExist() throws Exception {
    List<String> titles = read("/api/v1/models?year=2025", "$.items[*].title");

    assertThat(titles).containsExactlyInAnyOrder("m1", "m2");
    assertThat(this.<List<String>>read("/api/v1/models?year=2026", "$.items[*].title"))
        .containsExactlyInAnyOrder("m1", "m3");
  }

  @Test
  void aModelOfAMergedCommuneShowsItsOldUnitAndTheOneItIsNowPartOf() throws Exception {
    var page = body("/models/" + provinces.m.get("m1"), 200);

    assertThat(page).contains("Xã Đông Một", "(nay thuộc Xã Hợp Nhất)");
    assertThat(body("/models/" + provinces.m.get("m3"), 200)).doesNotContain("id=\"unit-now\"");
  }

  @Test
  void theListsUnitFilterOffersTheUnitsOfTheYearChosen() throws Exception {
    var q = provinces.q;

    assertThat(body("/models?year=2024", 200))
        .contains(
            "value=\"" + q + "\"", "value=\"" + q + ".D\"", "value=\"" + provinces.p + ".D\"");
    assertThat(body("/models", 200))
        .doesNotContain("value=\"" + q + "\"")
        .contains("value=\"" + provinces.p + ".X\"");
  }

  @Test
  void aLowResultFollowUpOfAMergedCommuneStaysInTheSuccessorsList() {
    var flag =
        aftercare.flag(
            provinces.m.get("m2"),
            provinces.q + ".D.X1",
            2025,
            "Kết quả thấp",
            "test",
            java.time.Instant.parse("2025-06-01T00:00:00Z"));

    assertThat(acting.as(provinces.leader, () -> lowResults.flagged(2025, null)))
        .extracting(vn.dvk.recognition.LowResultView::id)
        .contains(flag);
  }

  @Test
  void theRoundsOfADissolvedDistrictStayInTheSuccessorsList() throws Exception {
    List<String> held = read("/api/v1/rounds?year=2024", "$.items[*].unit.code");

    assertThat(held).contains(provinces.p + ".D");
  }

  @Test
  void aPastYearsPickerOffersThePredecessorsUnitsAsTheyStoodThen() {
    var p = provinces.p;
    var q = provinces.q;
    var in2024 = acting.as(provinces.leader, () -> scope.visibleUnits(LocalDate.of(2024, 12, 31)));
    var today = acting.as(provinces.leader, () -> scope.visibleUnits(units.today()));

    assertThat(in2024)
        .extracting(UnitView::code)
        .contains(p, p + ".D", p + ".D.X1", q, q + ".D", q + ".D.X1")
        .doesNotContain(p + ".X");
    assertThat(today)
        .extracting(UnitView::code)
        .containsExactlyInAnyOrder(p, p + ".QS", p + ".X", p + ".Y");
  }

  @Test
  void theMergedProvincesYearStandsBesideTheSumOfWhatItAbsorbed() throws Exception {
    var p = provinces.p;
    var path = "/api/v1/reports/comparison?unit=" + p + "&year=2025&baseYear=2024";

    assertThat(this.<List<String>>read(path, "$.parts[*].unit.code"))
        .containsExactly(p, provinces.q);
    assertThat(this.<List<Integer>>read(path, "$.parts[*].figures.registered"))
        .containsExactly(1, 1);
    assertThat(this.<Integer>read(path, "$.base.registered")).isEqualTo(2);
    assertThat(this.<Integer>read(path, "$.base.unitsUnderProvince"))
        .as("P.D, P.QS and Q.D")
        .isEqualTo(3);
    assertThat(this.<Integer>read(path, "$.figures.unitsUnderProvince"))
        .as("P.QS, P.X and P.Y")
        .isEqualTo(3);
    assertThat(this.<Integer>read(path, "$.figures.recognizedByProvince")).isEqualTo(1);
  }

  @Test
  void theYearOfTheReformIsNotCountedTwiceWhenTheMergedProvinceStandsForIt() throws Exception {
    var path = "/api/v1/reports/comparison?unit=" + provinces.p + "&year=2026&baseYear=2025";

    assertThat(this.<List<String>>read(path, "$.parts[*].unit.code"))
        .as("Q's first half of 2025 is in P's 2025")
        .containsExactly(provinces.p);
    assertThat(this.<Integer>read(path, "$.base.registered")).as("m1 and m2").isEqualTo(2);
  }

  @Test
  void aNewCommunesOfficerReadsOnlyTheOldCommunesThatWentIntoIt() throws Exception {
    List<String> atX = read("/api/v1/models?year=2023", "$.items[*].title", provinces.officer("X"));
    List<String> atY = read("/api/v1/models?year=2023", "$.items[*].title", provinces.officer("Y"));

    assertThat(atX).as("P.D.X3 went to P.Y, though P.D went to P.X").doesNotContain("m4");
    assertThat(atY).containsExactly("m4");
    assertThat(this.<List<String>>read("/api/v1/models?year=2023", "$.items[*].title"))
        .contains("m4");
  }

  @Test
  void theComparisonIsAPageAndAWorkbookAndRefusesABaseYearNotBefore() throws Exception {
    var p = provinces.p;
    var page = body("/reports/comparison?unit=" + p + "&year=2025&baseYear=2024", 200);
    assertThat(page).contains("id=\"comparison\"", "Tỉnh Quê 2024", "Tỉnh Phía 2025");
    var workbook =
        mvc.perform(
                get("/api/v1/reports/comparison/xlsx?unit=" + p + "&year=2025&baseYear=2024")
                    .with(httpBasic(provinces.leader, "demo")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    assertThat(workbook.getContentType()).contains("spreadsheetml");
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(workbook.getContentAsByteArray()))) {
      var row = book.getSheetAt(0).getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Mô hình đăng ký");
      assertThat(row.getCell(3).getNumericCellValue()).as("the sum of 2024").isEqualTo(2);
    }
    assertThat(body("/api/v1/reports/comparison?unit=" + p + "&year=2025&baseYear=2025", 422))
        .contains("Chọn năm so sánh trước năm báo cáo.");
  }

  private String body(String path, int status) throws Exception {
    return body(path, status, provinces.leader);
  }

  private String body(String path, int status, String user) throws Exception {
    return mvc.perform(get(path).with(httpBasic(user, "demo")))
        .andExpect(status().is(status))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private <T> T read(String path, String json) throws Exception {
    return read(path, json, provinces.leader);
  }

  private <T> T read(String path, String json, String user) throws Exception {
    return JsonPath.read(body(path, 200, user), json);
  }
}
