package vn.dvk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.reporting.YearlySummary.ByUnit;
import vn.dvk.reporting.YearlySummary.Structure;
import vn.dvk.support.Acting;
import vn.dvk.support.ReformedDemoTest;

/**
 * The demo as a commission sees it today, after the reform: the new Lâm Đồng's reviewer reads its
 * 2025 and 2026 with the units directly under the province, each figure recounted independently;
 * compares 2026 with what the three provinces did in 2024; and still reads Bình Thuận's 2023 as the
 * brief does.
 */
@ReformedDemoTest
class LamDongReportsTests {

  @Autowired YearlySummaries summaries;
  @Autowired Acting acting;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2025, 2026})
  void lamDongsYearCountsItsUnitsDirectlyUnderTheProvinceAsARecountDoes(int year) {
    var s = acting.as("lamdong", () -> summaries.of(year, "LD"));
    var recount = new ProvinceRecount(jdbc, year, "LD", LocalDate.of(year, 12, 31));

    var under = s.unitsUnderProvince();
    assertThat(under.structure()).isEqualTo(Structure.COMMUNE_LEVEL);
    assertThat(s.byUnit())
        .extracting(b -> b.unit().code())
        .containsExactlyInAnyOrderElementsOf(recount.tier());
    assertThat(under.units()).isEqualTo(recount.tier().size()).isGreaterThan(60);
    assertThat(under.unitsThatConsidered()).isEqualTo(recount.considered().size()).isPositive();
    var registered = recount.registeredByTier();
    for (var line : s.byUnit()) {
      assertThat(line.registered())
          .as("registered in %s", line.unit().code())
          .isEqualTo(registered.getOrDefault(line.unit().code(), 0));
    }
    assertThat(s.byUnit().stream().mapToInt(ByUnit::registered).sum())
        .isEqualTo(registered.values().stream().mapToInt(Integer::intValue).sum())
        .isGreaterThan(1000);
    assertThat(s.districtLevel().recognized().total()).isEqualTo(recount.recognizedByTier());
    assertThat(s.proposalsToProvince().proposed().total())
        .isEqualTo(recount.proposedToProvince())
        .isPositive();
    assertThat(s.provinceLevel().recognized().total()).isPositive();
  }

  /**
   * The demo's last year with registrations is 2026: asked for no year, the summary and the
   * dashboard open on it (until 2030), not on an empty year of zeros.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/reports/yearly-summary", "/reports/dashboard"})
  void aReportAskedForNoYearOpensOnTheLatestYearWithData(String page) throws Exception {
    var html =
        mvc.perform(get(page).with(httpBasic("lamdong", "demo")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(html).containsPattern("name=\"year\" value=\"2026\"");
    var later =
        acting.as("lamdong", () -> summaries.latestWithData("LD", 2028).orElseThrow().year());
    assertThat(later).isEqualTo(2026);
  }

  @Test
  void binhThuanAnswersForItsPartOf2025AndItsOld2023AsTheBriefHasIt() {
    var half = acting.as("lamdong", () -> summaries.of(2025, "BT"));
    assertThat(half.districtLevel().units()).isEqualTo(14);
    assertThat(half.registered().total()).isEqualTo(750);
    assertThat(half.unitsUnderProvince().structure()).isEqualTo(Structure.DISTRICT_LEVEL);

    var brief = acting.as("lamdong", () -> summaries.of(2023, "BT"));
    assertThat(brief.registered().total()).isEqualTo(746);
    assertThat(brief.districtLevel().unitsThatConsidered()).isEqualTo(13);
    assertThat(brief.districtLevel().units()).isEqualTo(14);
    assertThat(brief.districtLevel().recognized().total()).isEqualTo(155);
    assertThat(brief.proposalsToProvince().proposed().total()).isEqualTo(39);
    assertThat(brief.provinceLevel().recognized().total()).isEqualTo(22);
  }

  @Test
  void lamDong2026StandsBesideWhatTheThreeProvincesDidIn2024() throws Exception {
    var json = read("/api/v1/reports/comparison?unit=LD&year=2026&baseYear=2024");

    assertThat(JsonPath.<List<String>>read(json, "$.parts[*].unit.code"))
        .containsExactly("LD", "BT", "DNO");
    int base = JsonPath.read(json, "$.base.registered");
    var each =
        List.of("LD", "BT", "DNO").stream()
            .mapToInt(
                code -> acting.as("lamdong", () -> summaries.of(2024, code)).registered().total())
            .sum();
    assertThat(base).isEqualTo(each).isEqualTo(780 + 350 + 210);
    assertThat(JsonPath.<Integer>read(json, "$.figures.registered"))
        .isEqualTo(acting.as("lamdong", () -> summaries.of(2026, "LD")).registered().total());
  }

  @Test
  void theShowcasePublishesTheMergedProvincesYearsWithThoseOfTheProvincesItAbsorbed()
      throws Exception {
    var json =
        mvc.perform(get("/showcase/data/figures.json"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    var page =
        mvc.perform(get("/showcase/figures"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("Lâm Đồng");
    var of2023 =
        List.of("BT", "LD", "DNO").stream()
            .mapToInt(
                code -> acting.as("lamdong", () -> summaries.of(2023, code)).registered().total())
            .sum();
    assertThat(JsonPath.<List<Integer>>read(json, "$.years[?(@.year == 2023)].registered"))
        .containsExactly(of2023);
    assertThat(JsonPath.<List<Integer>>read(json, "$.years[?(@.year == 2026)].registered"))
        .containsExactly(1030);
  }

  @Test
  void theNationalAdministratorListsTheYearsOfAProvinceMovedUnderTheNationLater() throws Exception {
    var kept =
        jdbc.sql(
                "select min(m.unit_code) from models_model m"
                    + " join models_registration r on r.model_id = m.id"
                    + " join units_unit u on u.code = m.unit_code and u.valid_to is null"
                    + " where r.registration_year = 2023 and m.unit_code like 'LD.%'"
                    + " and u.valid_from <= date '2023-12-31'")
            .query(String.class)
            .single();
    var path = "/api/v1/models?year=2023&under=" + kept;

    assertThat(JsonPath.<Integer>read(read(path, "national"), "$.total"))
        .as("%s stood under the old Lâm Đồng, a root in 2023", kept)
        .isPositive()
        .isEqualTo(JsonPath.<Integer>read(read(path, "lamdong"), "$.total"));
  }

  @Test
  void anOfficerReHomedToTheSeatCommuneListsTheModelsOfTheOldDistrict() throws Exception {
    var json = read("/api/v1/models?year=2025&size=100", "duclinh");

    assertThat(JsonPath.<List<String>>read(json, "$.items[*].unitCode"))
        .isNotEmpty()
        .anyMatch(code -> code.startsWith("BT.DL"));
  }

  private String read(String path) throws Exception {
    return read(path, "lamdong");
  }

  private String read(String path, String user) throws Exception {
    return mvc.perform(get(path).with(httpBasic(user, "demo")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
