package vn.dvk.recognition;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;

/** The recognition pages and API, on the demo's 2023 rounds. */
@IntegrationTest
class RecognitionWebTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;

  @Test
  void theProvincesDecisionsOf2023ListTheTwentyTwoModelsWithTheirNumbers() throws Exception {
    mvc.perform(
            get("/api/v1/decisions")
                .param("year", "2023")
                .param("unit", "BT")
                .with(httpBasic("leader", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[?(@.level == 'PROVINCE')]", hasSize(1)))
        .andExpect(
            jsonPath("$.items[?(@.level == 'PROVINCE')].number", everyItem(endsWith("-QĐ/BDVTU"))))
        .andExpect(jsonPath("$.items[?(@.level == 'PROVINCE')].models[*]", hasSize(22)))
        .andExpect(
            jsonPath(
                "$.items[?(@.level == 'PROVINCE')].models[*].title",
                hasItem("Nâng bước em đến trường – Con nuôi đồn Biên phòng")))
        .andExpect(jsonPath("$.items[?(@.level == 'PROVINCE')].issuingUnit.code", hasItem("BT")));
  }

  @Test
  void decisionsOutsideTheUsersScopeAnswer404AndStrangersAnswer401() throws Exception {
    var tanhLinhDecision = decisionOf("BT.TL");

    mvc.perform(get("/api/v1/decisions").param("unit", "BT.TL").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/decisions/" + tanhLinhDecision).with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("recognition.error.decision-not-found"));
    mvc.perform(get("/api/v1/decisions/" + tanhLinhDecision).with(httpBasic("tanhlinh", "demo")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/decisions")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/rounds")).andExpect(status().isUnauthorized());
  }

  @Test
  void theRoundPageRanksTheProposalsForItsReviewerAndLinksTheDecision() throws Exception {
    var round = provinceRound2023();

    mvc.perform(get("/rounds/" + round).with(user(users.loadUserByUsername("reviewer"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"board\"")))
        .andExpect(content().string(containsString("id=\"to-decision\"")))
        .andExpect(content().string(containsString("có mặt 3/3 thành viên")))
        .andExpect(content().string(containsString("Đủ số thành viên dự họp")))
        .andExpect(content().string(containsString("Số hóa di tích lịch sử")));
    mvc.perform(get("/rounds/" + round).with(user(users.loadUserByUsername("duclinh"))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"board\""))));
    mvc.perform(
            get("/rounds/" + districtRound2023("BT.TL"))
                .with(user(users.loadUserByUsername("duclinh"))))
        .andExpect(status().isNotFound());
  }

  @Test
  void theRoundsApiListsTheRoundsAUserDealsWith() throws Exception {
    var round = provinceRound2023();

    mvc.perform(
            get("/api/v1/rounds")
                .param("year", "2023")
                .param("size", "200")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem((int) round)))
        .andExpect(jsonPath("$.items[*].unit.code", not(hasItem("BT.TL"))));
    mvc.perform(get("/api/v1/rounds/" + round + "/proposals").with(httpBasic("reviewer", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(39))
        .andExpect(jsonPath("$.items", hasSize(20)));
  }

  @Test
  void aMemberCannotScoreADecidedRoundAndGetsAProblemDetail() throws Exception {
    var proposal =
        jdbc.sql("select min(id) from recognition_proposal where round_id = :id")
            .param("id", provinceRound2023())
            .query(Long.class)
            .single();

    mvc.perform(
            put("/api/v1/proposals/" + proposal + "/scores")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"scores\": {\"PRACTICALITY\": 9}}")
                .header("Accept-Language", "en")
                .with(httpBasic("council", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("recognition.error.ballot-closed"))
        .andExpect(jsonPath("$.detail", containsString("closed")));
    mvc.perform(
            post("/proposals/" + proposal + "/scores")
                .param("score-PRACTICALITY", "9")
                .header("HX-Request", "true")
                .with(csrf())
                .with(user(users.loadUserByUsername("council"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"sheet-" + proposal + "\"")))
        .andExpect(content().string(not(containsString("<html"))));
  }

  @Test
  void aMembersScoringPageShowsTheirBallotsAndIsRefusedToOthers() throws Exception {
    var round = provinceRound2023();

    mvc.perform(
            get("/rounds/" + round + "/scoring").with(user(users.loadUserByUsername("council"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"sheet-")))
        .andExpect(content().string(containsString("Bạn đã biểu quyết")));
    mvc.perform(
            get("/rounds/" + round + "/scoring").with(user(users.loadUserByUsername("duclinh"))))
        .andExpect(status().isForbidden());
  }

  @Test
  void councilMembersAreShownByTheirNamesNeverTheirUsernames() throws Exception {
    var round = provinceRound2023();

    mvc.perform(get("/rounds/" + round).with(user(users.loadUserByUsername("reviewer"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Thành viên Hội đồng xét công nhận")))
        .andExpect(content().string(containsString("Ủy viên Hội đồng xét công nhận")))
        .andExpect(content().string(not(containsString(">council2<"))));
    mvc.perform(
            get("/rounds/" + round + "/scoring").with(user(users.loadUserByUsername("council"))))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("dir=\"auto\">Ủy viên Hội đồng xét công nhận</td>")))
        .andExpect(content().string(not(containsString(">council2</td>"))));
  }

  @Test
  void aModelsPageShowsItsHighestStandingRecognitionInItsHeader() throws Exception {
    var recognized =
        jdbc.sql("select min(model_id) from recognition_recognition where round_id = :id")
            .param("id", provinceRound2023())
            .query(Long.class)
            .single();
    var never =
        jdbc.sql(
                "select min(m.id) from models_model m where m.unit_code like 'BT.%' and not exists"
                    + " (select 1 from recognition_recognition r where r.model_id = m.id)")
            .query(Long.class)
            .single();

    mvc.perform(get("/models/" + recognized).with(user(users.loadUserByUsername("reviewer"))))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString("id=\"model-standing\">Công nhận cấp tỉnh năm 2023</span>")));
    mvc.perform(get("/models/" + never).with(user(users.loadUserByUsername("reviewer"))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("model-standing"))));
  }

  @Test
  void inHebrewADecisionNumberIsKeptWholeInsideTheRightToLeftText() throws Exception {
    var number =
        jdbc.sql(
                "select d.number from recognition_decision d join recognition_round r"
                    + " on r.decision_id = d.id where r.id = :id")
            .param("id", provinceRound2023())
            .query(String.class)
            .single();
    var decision =
        jdbc.sql("select decision_id from recognition_round where id = :id")
            .param("id", provinceRound2023())
            .query(Long.class)
            .single();
    var leader = user(users.loadUserByUsername("leader"));

    mvc.perform(get("/recognition/decisions/" + decision).param("lang", "he").with(leader))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\u2068" + number + "\u2069")))
        .andExpect(content().string(containsString("<bdi>" + number + "</bdi>")));
    mvc.perform(get("/recognition/decisions").param("year", "2023").with(leader))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("dir=\"ltr\">" + number + "</a>")));
  }

  @Test
  void theDecisionPageShowsTheNumberAndTheList() throws Exception {
    var decision =
        jdbc.sql("select decision_id from recognition_round where id = :id")
            .param("id", provinceRound2023())
            .query(Long.class)
            .single();

    mvc.perform(
            get("/recognition/decisions/" + decision)
                .with(user(users.loadUserByUsername("leader"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("-QĐ/BDVTU")))
        .andExpect(
            content()
                .string(
                    containsString("Số hóa di tích lịch sử, danh lam thắng cảnh tỉnh Bình Thuận")));
  }

  private long provinceRound2023() {
    return jdbc.sql(
            "select id from recognition_round where unit_code = 'BT' and round_year = 2023"
                + " and level = 'PROVINCE' and opened_by = 'demo'")
        .query(Long.class)
        .single();
  }

  private long districtRound2023(String unit) {
    return jdbc.sql(
            "select id from recognition_round where unit_code = :unit and round_year = 2023"
                + " and level = 'DISTRICT' and opened_by = 'demo'")
        .param("unit", unit)
        .query(Long.class)
        .single();
  }

  private long decisionOf(String unit) {
    return jdbc.sql(
            "select decision_id from recognition_round where unit_code = :unit and round_year = 2023"
                + " and opened_by = 'demo'")
        .param("unit", unit)
        .query(Long.class)
        .single();
  }
}
