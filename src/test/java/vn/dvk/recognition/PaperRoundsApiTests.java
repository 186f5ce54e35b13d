package vn.dvk.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.support.Api.as;
import static vn.dvk.support.Api.json;
import static vn.dvk.support.Api.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvk.identity.NewUserAccount;
import vn.dvk.identity.Role;
import vn.dvk.identity.UserAccounts;
import vn.dvk.models.ModelBulkLoader;
import vn.dvk.models.ModelBulkLoader.BulkModel;
import vn.dvk.models.ModelBulkLoader.BulkRegistration;
import vn.dvk.models.ModelDetails;
import vn.dvk.models.Models;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;
import vn.dvk.units.Units;

/**
 * A province's 2024, held on paper before the system and recorded through the API: a district round
 * and the provincial round, each in two calls (and one opened through the rounds page), with the
 * minutes' votes, the decisions' own numbers and the paper's dates, which coverage and the yearly
 * summary then count, never the day of typing.
 *
 * <pre>
 * province P: district A (commune A.X), district B (held no round)
 * 2024 models, approved 2024-03-01, all of A but m6 (of A.X, which recognized nothing):
 *   m1 collective: A recognizes it (6 for, 1 against), proposes it; P recognizes it, outstanding
 *   m2 individual: A does not (2 for, 5 against)
 *   m3 collective: A recognizes it (the minutes give no votes)
 *   m4 for the late proposals; m5 to m9 for the refused result
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaperRoundsApiTests {

  static final int YEAR = 2024;

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired UserAccounts accounts;
  @Autowired ModelBulkLoader loader;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;

  String p;
  String provinceReviewer;
  String districtReviewer;
  String leader;
  final Map<Integer, Long> m = new HashMap<>();

  @BeforeAll
  void aProvinceWhose2024WasHeldOnPaper() {
    p = TestUnits.code("PP");
    var start = LocalDate.of(2020, 1, 1);
    units.createAll(
        List.of(
            new NewUnit(p, "Tỉnh Giấy", null, UnitKind.PROVINCE, null, null, start),
            new NewUnit(p + ".A", "Huyện Giấy A", null, UnitKind.DISTRICT, null, p, start),
            new NewUnit(p + ".A.X", "Xã Giấy", null, UnitKind.COMMUNE, null, p + ".A", start),
            new NewUnit(p + ".B", "Huyện Giấy B", null, UnitKind.DISTRICT, null, p, start)),
        "test");
    var name = p.toLowerCase();
    provinceReviewer = "reviewer." + name;
    districtReviewer = "reviewer.a." + name;
    leader = "leader." + name;
    accounts.createAll(
        List.of(
            new NewUserAccount(
                provinceReviewer, "Chuyên viên tỉnh", null, Role.REVIEWER, p, "demo"),
            new NewUserAccount(
                districtReviewer, "Chuyên viên huyện", null, Role.REVIEWER, p + ".A", "demo"),
            new NewUserAccount(leader, "Lãnh đạo", null, Role.LEADER, p, "demo")));
    var batch = new java.util.ArrayList<BulkModel>();
    for (int i = 1; i <= 9; i++) {
      var unit = i == 6 ? p + ".A.X" : p + ".A";
      batch.add(
          model(
              i == 2
                  ? Models.individual("Giấy " + i, unit)
                  : Models.collective("Giấy " + i, unit)));
    }
    transaction.executeWithoutResult(status -> loader.load(batch.iterator(), n -> {}));
    jdbc.sql("select id, title from models_model where unit_code like :p")
        .param("p", p + ".%")
        .query(
            rs -> {
              m.put(Integer.parseInt(rs.getString("title").substring(5)), rs.getLong("id"));
            });
  }

  @Test
  void aDistrictRoundAndTheProvincialRoundOf2024AreRecordedWithThePapersDates() throws Exception {
    var district = open(districtReviewer, "Xét công nhận cấp huyện 2024", "2024-07-31");
    mvc.perform(as(get("/api/v1/rounds/" + district), districtReviewer))
        .andExpect(jsonPath("$.recordedFromPaper").value(true))
        .andExpect(jsonPath("$.recordedBy").value(districtReviewer));
    var registrationOfM1 =
        jdbc.sql("select id from models_registration where model_id = :id")
            .param("id", m.get(1))
            .query(Long.class)
            .single();
    mvc.perform(
            json(
                post("/api/v1/rounds/" + district + "/paper-result"),
                districtReviewer,
                """
                {"version": 0, "meetingDate": "2024-08-20", "meetingPlace": "Hội trường huyện",
                 "councilSize": 7, "decisionNumber": "45-QĐ/BDVHU", "decisionDate": "2024-08-25",
                 "signerName": "Nguyễn Văn Giấy", "signerTitle": "Trưởng ban",
                 "proposals": [
                   {"registrationId": %d, "proposedOn": "2024-07-10", "votesFor": 6, "votesAgainst": 1},
                   {"modelId": %d, "votesFor": 2, "votesAgainst": 5},
                   {"modelId": %d, "proposedOn": "2024-07-15", "recognized": true}]}
                """
                    .formatted(registrationOfM1, m.get(2), m.get(3))))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", startsWith("/api/v1/decisions/")))
        .andExpect(jsonPath("$.state").value("DECIDED"))
        .andExpect(jsonPath("$.meetingDate").value("2024-08-20"))
        .andExpect(jsonPath("$.councilSize").value(7));
    mvc.perform(as(get("/api/v1/rounds/" + district + "/proposals"), districtReviewer))
        .andExpect(jsonPath("$.items", hasSize(3)))
        .andExpect(jsonPath("$.items[0].state").value("RECOGNIZED"))
        .andExpect(jsonPath("$.items[0].proposingUnit.code").value(p + ".A"))
        .andExpect(jsonPath("$.items[0].proposedAt").value(startsWith("2024-07-10")))
        .andExpect(jsonPath("$.items[0].councilVotes.votesFor").value(6))
        .andExpect(jsonPath("$.items[1].state").value("NOT_RECOGNIZED"))
        .andExpect(jsonPath("$.items[1].reason").value("Biểu quyết: 2/7 thành viên có mặt đồng ý"))
        .andExpect(jsonPath("$.items[1].proposedAt").value(startsWith("2024-07-31")))
        .andExpect(jsonPath("$.items[2].state").value("RECOGNIZED"))
        .andExpect(jsonPath("$.items[2].proposingUnit.code").value(p + ".A"));
    var decision = decisionOf(district);
    mvc.perform(as(get("/api/v1/decisions/" + decision), districtReviewer))
        .andExpect(jsonPath("$.number").value("45-QĐ/BDVHU"))
        .andExpect(jsonPath("$.date").value("2024-08-25"))
        .andExpect(jsonPath("$.models[*].title", containsInAnyOrder("Giấy 1", "Giấy 3")));

    var province = open(provinceReviewer, "Xét công nhận cấp tỉnh 2024", "2024-10-31");
    mvc.perform(
            json(
                post("/api/v1/rounds/" + province + "/paper-result"),
                provinceReviewer,
                """
                {"version": 0, "meetingDate": "2024-11-20", "councilSize": 9,
                 "decisionNumber": "12-QĐ/BDVTU", "decisionDate": "2024-11-25",
                 "signerName": "Trần Thị Tỉnh", "signerTitle": "Trưởng ban",
                 "proposals": [{"modelId": %d, "proposedOn": "2024-10-05", "votesFor": 8,
                   "votesAgainst": 1, "outstanding": true}]}
                """
                    .formatted(m.get(1))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("DECIDED"));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'ROUND_RECORDED'"
                        + " and subject_id in (:ids)")
                .param("ids", List.of(String.valueOf(district), String.valueOf(province)))
                .query(Long.class)
                .single())
        .isEqualTo(2);

    mvc.perform(as(get("/api/v1/reports/coverage?year=2024&unit=" + p), leader))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines", hasSize(2)))
        .andExpect(
            jsonPath("$.lines[?(@.unit.code == '" + p + ".A')].registration.done")
                .value("2024-03-01"))
        .andExpect(
            jsonPath("$.lines[?(@.unit.code == '" + p + ".A')].districtRecognition.done")
                .value("2024-08-20"))
        .andExpect(
            jsonPath("$.lines[?(@.unit.code == '" + p + ".A')].districtRecognition.status")
                .value("DONE"))
        .andExpect(
            jsonPath("$.lines[?(@.unit.code == '" + p + ".A')].proposals.done").value("2024-10-05"))
        .andExpect(
            jsonPath("$.lines[?(@.unit.code == '" + p + ".A')].proposals.status").value("DONE"))
        .andExpect(
            jsonPath("$.lines[?(@.unit.code == '" + p + ".B')].districtRecognition.status")
                .value("NOT_DONE"));
    mvc.perform(as(get("/api/v1/reports/yearly-summary?year=2024&unit=" + p), leader))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.registered.total").value(9))
        .andExpect(jsonPath("$.districtLevel.unitsThatConsidered").value(1))
        .andExpect(jsonPath("$.districtLevel.recognized.total").value(2))
        .andExpect(jsonPath("$.districtLevel.recognized.collective").value(2))
        .andExpect(jsonPath("$.proposalsToProvince.unitsThatProposed").value(1))
        .andExpect(jsonPath("$.proposalsToProvince.proposed.total").value(1))
        .andExpect(jsonPath("$.provinceLevel.recognized.total").value(1))
        .andExpect(jsonPath("$.outstandingModels[0].title").value("Giấy 1"));
  }

  @Test
  void aNormalRoundRefusesALateProposalWhileARecordedOneTakesItWithItsPaperDate() throws Exception {
    var normal =
        read(
            mvc.perform(
                    json(
                        post("/api/v1/rounds"),
                        districtReviewer,
                        """
                        {"year": 2024, "title": "Xét thường 2024", "proposalDeadline": "2024-10-31"}
                        """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordedFromPaper").value(false)),
            "$.id");
    mvc.perform(
            json(
                post("/api/v1/rounds/" + normal + "/proposals"),
                districtReviewer,
                "{\"modelId\": %d}".formatted(m.get(4))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("recognition.error.deadline-passed"));
    var recorded = open(districtReviewer, "Xét bổ sung cấp huyện 2024", "2024-10-31");
    mvc.perform(
            json(
                post("/api/v1/rounds/" + recorded + "/proposals"),
                districtReviewer,
                "{\"modelId\": %d, \"proposedOn\": \"2024-09-02\"}".formatted(m.get(4))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.proposedAt").value(startsWith("2024-09-02")));
    mvc.perform(
            json(
                post("/api/v1/rounds/" + normal + "/proposals"),
                districtReviewer,
                "{\"modelId\": %d, \"proposedOn\": \"2024-09-02\"}".formatted(m.get(4))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("recognition.error.deadline-passed"));
  }

  @Test
  void refusedPaperResultsAreListedPerProposalAndNothingIsWritten() throws Exception {
    var round = open(districtReviewer, "Xét cấp huyện 2024 (sai)", "2024-07-31");
    mvc.perform(
            json(
                    post("/api/v1/rounds/" + round + "/paper-result"),
                    districtReviewer,
                    """
                    {"version": 0, "meetingDate": "2024-08-20", "councilSize": 7,
                     "decisionDate": "2024-08-25", "signerName": "Nguyễn Văn Giấy",
                     "signerTitle": "Trưởng ban",
                     "proposals": [
                       {"modelId": %d, "votesFor": -1, "votesAgainst": 2},
                       {"modelId": %d, "votesFor": 2, "votesAgainst": 5, "recognized": true},
                       {"modelId": 987654321, "recognized": true},
                       {"modelId": %d, "votesFor": 5, "votesAgainst": 4},
                       {"modelId": %d, "recognized": true},
                       {"modelId": %d, "votesFor": 6, "votesAgainst": 1},
                       {"modelId": %d, "votesFor": 6, "votesAgainst": 1}]}
                    """
                        .formatted(m.get(5), m.get(9), m.get(7), m.get(6), m.get(8), m.get(8)))
                .header("Accept-Language", "en"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[?(@.field == 'proposals[0].votesFor')].message")
                .value("Votes cannot be negative."))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'proposals[1].recognized')].code")
                .value("recognition.error.paper-vote-contradicts"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'proposals[2].modelId')].code")
                .value("models.error.not-found"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'proposals[3].votesFor')].code")
                .value("recognition.error.paper-votes-over-council"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'proposals[4].modelId')].code")
                .value("recognition.error.not-recognized-below"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'proposals[6].modelId')].code")
                .value("recognition.error.already-proposed"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'decisionNumber')].code").value("validation.required"))
        .andExpect(jsonPath("$.errors", hasSize(7)));
    mvc.perform(as(get("/api/v1/rounds/" + round), districtReviewer))
        .andExpect(jsonPath("$.state").value("OPEN"))
        .andExpect(jsonPath("$.version").value(0));
    mvc.perform(as(get("/api/v1/rounds/" + round + "/proposals"), districtReviewer))
        .andExpect(jsonPath("$.items", hasSize(0)));
  }

  @Test
  void onlyARoundWhoseDeadlineHasPassedIsRecordedFromPaperAndAnEmptyRowIsUnreadable()
      throws Exception {
    var tomorrow = LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(1);
    mvc.perform(
            json(
                post("/api/v1/rounds"),
                districtReviewer,
                """
                {"year": %d, "title": "Đợt còn mở", "proposalDeadline": "%s",
                 "recordedFromPaper": true}
                """
                    .formatted(tomorrow.getYear(), tomorrow)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("recordedFromPaper"));
    var round = open(districtReviewer, "Xét cấp huyện 2024 (dòng trống)", "2024-07-31");
    mvc.perform(
            json(
                post("/api/v1/rounds/" + round + "/paper-result"),
                districtReviewer,
                """
                {"version": 0, "meetingDate": "2024-08-20", "decisionNumber": "9-QĐ",
                 "decisionDate": "2024-08-25", "signerName": "A", "signerTitle": "B",
                 "proposals": [null]}
                """))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theRoundsPageOpensARoundRecordedFromPaperAboveItsListAndItsPageSaysSoAndByWhom()
      throws Exception {
    var reviewer = user(users.loadUserByUsername(districtReviewer));
    var location =
        mvc.perform(
                post("/rounds")
                    .param("year", "2024")
                    .param("title", "Xét cấp huyện 2024 (trang)")
                    .param("proposalDeadline", "2024-07-31")
                    .param("recordedFromPaper", "true")
                    .with(reviewer)
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(location).with(reviewer))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("Ghi lại từ hồ sơ giấy, bởi " + districtReviewer)));
    var page =
        mvc.perform(get("/rounds").with(reviewer))
            .andExpect(content().string(containsString("name=\"recordedFromPaper\"")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page.indexOf("id=\"open-round\"")).isLessThan(page.indexOf("id=\"rounds-table\""));
    var form = page.indexOf("id=\"open-round\"");
    assertThat(page.indexOf("name=\"recordedFromPaper\"", form))
        .isLessThan(page.indexOf("type=\"submit\"", form));
  }

  private long open(String reviewer, String title, String deadline) throws Exception {
    return read(
        mvc.perform(
                json(
                    post("/api/v1/rounds"),
                    reviewer,
                    """
                    {"year": %d, "title": "%s", "proposalDeadline": "%s",
                     "recordedFromPaper": true}
                    """
                        .formatted(YEAR, title, deadline)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.recordedFromPaper").value(true))
            .andExpect(jsonPath("$.level").exists()),
        "$.id");
  }

  private long decisionOf(long round) {
    return jdbc.sql("select decision_id from recognition_round where id = :id")
        .param("id", round)
        .query(Long.class)
        .single();
  }

  private static BulkModel model(ModelDetails details) {
    return new BulkModel(
        details,
        "test",
        Instant.parse("2024-02-01T00:00:00Z"),
        List.of(
            new BulkRegistration(
                YEAR,
                RegistrationKind.NEW,
                RegistrationState.REGISTERED,
                "test",
                "test",
                Instant.parse("2024-03-01T03:00:00Z"))),
        List.of());
  }
}
