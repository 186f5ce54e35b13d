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
    var titles = read("/api/v1/models?year=2025", "$.items[*].title");

    assertThat(titles).containsExactlyInAnyOrder("m1", "m2");
    assertThat(read("/api/v1/models?year=2026", "$.items[*].title"))
        .containsExactlyInAnyOrder("m1", "m3");
  }

  @Test
  void theRoundsOfADissolvedDistrictStayInTheSuccessorsList() throws Exception {
    var held = read("/api/v1/rounds?year=2024", "$.items[*].unit.code");

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
    assertThat(today).extracting(UnitView::code).containsExactlyInAnyOrder(p, p + ".QS", p + ".X");
  }

  private List<String> read(String path, String json) throws Exception {
    var body =
        mvc.perform(get(path).with(httpBasic(provinces.leader, "demo")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return JsonPath.read(body, json);
  }
}
