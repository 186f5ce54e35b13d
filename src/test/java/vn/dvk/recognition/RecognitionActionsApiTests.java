package vn.dvk.recognition;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.support.Api.as;
import static vn.dvk.support.Api.json;
import static vn.dvk.support.Api.read;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.dvk.identity.Role;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;

/**
 * A district round of Đức Linh run entirely through the API — opened, proposals sent, returned and
 * withdrawn, the council formed and assigned, a recusal, the meeting, the decision — and what
 * follows the recognition: commendation, low-result flag, revocation. Tánh Linh's officer, reviewer
 * and council member find none of it; invalid input names its fields.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecognitionActionsApiTests {

  static final int YEAR = RoundFixtures.YEAR;
  static final String TODAY = LocalDate.now(vn.dvk.shared.MovementTime.ZONE).toString();

  @Autowired MockMvc mvc;
  @Autowired RoundFixtures fixtures;

  /** What the round left: its id and version, proposals, recognition, decision, aftercare. */
  long round;

  long model;
  long proposal;
  long returned;
  long withdrawn;
  long recognition;
  long decision;
  long commendation;
  long flag;
  long followUp;

  @BeforeAll
  void aDistrictRoundOfDucLinhRunThroughTheApi() throws Exception {
    fixtures.councilMembersAndASecondReviewer();
    fixtures.user("reviewer.tl", Role.REVIEWER, "BT.TL");
    model = fixtures.registeredModelOfDucLinh("API xét: Sân chơi thiếu nhi").id();
    var second = fixtures.registeredModelOfDucLinh("API xét: Tủ sách cộng đồng").id();
    var third = fixtures.registeredModelOfDucLinh("API xét: Chợ phiên vùng cao").id();

    round =
        read(
            mvc.perform(
                    json(
                        post("/api/v1/rounds"),
                        "duclinh.reviewer",
                        """
                        {"year": %d, "title": "API: xét cấp huyện", "proposalDeadline": "%s"}
                        """
                            .formatted(
                                YEAR, LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(10))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/rounds/")))
                .andExpect(jsonPath("$.level").value("DISTRICT"))
                .andExpect(jsonPath("$.unit.code").value("BT.DL"))
                .andExpect(jsonPath("$.state").value("OPEN")),
            "$.id");
    proposal = propose(model);
    returned = propose(second);
    withdrawn = propose(third);

    mvc.perform(
            json(
                put("/api/v1/rounds/" + round + "/members"),
                "duclinh.reviewer",
                "{\"members\": [\"council.dl\"], \"version\": %d}".formatted(version())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.members[*].username", containsInAnyOrder("council.dl")));
    mvc.perform(
            json(
                post("/api/v1/rounds/" + round + "/spread"),
                "duclinh.reviewer",
                "{\"perProposal\": -1}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("perProposal"));
    mvc.perform(
            json(
                post("/api/v1/rounds/" + round + "/spread"),
                "duclinh.reviewer",
                "{\"perProposal\": 1}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.assignments." + proposal + "[0]").value("council.dl"));
    mvc.perform(
            json(
                put("/api/v1/proposals/" + proposal + "/members"),
                "duclinh.reviewer",
                "{\"members\": [\"council.dl\"]}"))
        .andExpect(status().isNoContent());

    mvc.perform(
            json(
                post("/api/v1/proposals/" + returned + "/recusal"),
                "council.dl",
                "{\"reason\": \"Người thân tham gia mô hình\"}"))
        .andExpect(status().isNoContent());
    mvc.perform(as(get("/api/v1/rounds/" + round + "/sheets"), "council.dl"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.items[?(@.proposalId == " + returned + ")].myRecusal")
                .value(hasItem("Người thân tham gia mô hình")));
    mvc.perform(
            json(
                post("/api/v1/proposals/" + returned + "/return"),
                "duclinh.reviewer",
                "{\"reason\": \"Bổ sung số liệu\", \"version\": 0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("RETURNED"))
        .andExpect(jsonPath("$.reason").value("Bổ sung số liệu"));
    mvc.perform(
            json(
                post("/api/v1/proposals/" + withdrawn + "/withdraw"),
                "duclinh",
                "{\"version\": 0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("WITHDRAWN"));

    fixtures.scoreAndVote("council.dl", proposal, "8", true);
    mvc.perform(as(get("/api/v1/rounds/" + round + "/board"), "duclinh.reviewer"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].proposal.id").value(proposal))
        .andExpect(jsonPath("$.items[0].scored").value(1));
    mvc.perform(
            json(
                post("/api/v1/rounds/" + round + "/meeting"),
                "duclinh.reviewer",
                """
                {"date": "%s", "place": "Hội trường", "present": ["council.dl"], "version": %d}
                """
                    .formatted(TODAY, version())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("MEETING_HELD"))
        .andExpect(jsonPath("$.meetingDate").value(TODAY));
    decision =
        read(
            mvc.perform(
                    json(
                        post("/api/v1/rounds/" + round + "/decision"),
                        "duclinh.reviewer",
                        """
                        {"date": "%s", "signerName": "Nguyễn Văn A", "signerTitle": "Trưởng ban",
                         "outstanding": [%d], "version": %d}
                        """
                            .formatted(TODAY, proposal, version())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/decisions/")))
                .andExpect(jsonPath("$.state").value("DECIDED")),
            "$.decisionId");
    recognition =
        read(
            mvc.perform(as(get("/api/v1/models/" + model + "/recognitions"), "duclinh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recognitions[0].level").value("DISTRICT"))
                .andExpect(jsonPath("$.recognitions[0].decisionId").value(decision))
                .andExpect(jsonPath("$.recognitions[0].outstanding").value(true)),
            "$.recognitions[0].id");

    commendation =
        read(
            mvc.perform(
                    json(
                        post("/api/v1/recognitions/" + recognition + "/commendations"),
                        "duclinh.reviewer",
                        "{\"form\": \"Giấy khen của UBND huyện\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PROPOSED")),
            "$.id");
    flag =
        read(
            mvc.perform(
                    json(
                        post("/api/v1/models/" + model + "/low-results"),
                        "duclinh.reviewer",
                        """
                        {"year": %d, "reason": "Ít hộ tham gia",
                         "actions": [{"action": "Họp dân", "dueDate": "%s"}]}
                        """
                            .formatted(
                                YEAR,
                                LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusMonths(1))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("OPEN")),
            "$.id");
    followUp =
        read(
            mvc.perform(as(get("/api/v1/models/" + model + "/low-results/" + flag), "duclinh")),
            "$.followUps[0].id");
  }

  private long propose(long modelId) throws Exception {
    return read(
        mvc.perform(
                json(
                    post("/api/v1/rounds/" + round + "/proposals"),
                    "duclinh",
                    "{\"modelId\": %d, \"considerationNote\": \"Xã đã xét\"}".formatted(modelId)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", startsWith("/api/v1/proposals/")))
            .andExpect(jsonPath("$.model.id").value(modelId))
            .andExpect(jsonPath("$.proposingUnit.code").value("BT.DL")),
        "$.id");
  }

  private long version() throws Exception {
    return read(mvc.perform(as(get("/api/v1/rounds/" + round), "duclinh.reviewer")), "$.version");
  }

  @Test
  void theRoundItsProposalsAndItsPapersReadBack() throws Exception {
    mvc.perform(as(get("/api/v1/proposals/" + returned), "duclinh"))
        .andExpect(jsonPath("$.state").value("RETURNED"));
    mvc.perform(as(get("/api/v1/rounds/" + round + "/proposals"), "duclinh.reviewer"))
        .andExpect(jsonPath("$.total").value(3));
    mvc.perform(
            as(
                get("/api/v1/decisions/" + decision + "/certificates/" + recognition + "/pdf"),
                "duclinh"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"));
    mvc.perform(as(get("/api/v1/rounds/" + round + "/letter/pdf"), "duclinh"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"));
  }

  @Test
  void aCommendationIsRecordedBySomeoneElseAndAFlagIsReportedOnAndCleared() throws Exception {
    mvc.perform(
            json(
                post("/api/v1/commendations/" + commendation + "/decision"),
                "reviewer",
                """
                {"state": "AWARDED", "number": "123/QĐ-UBND", "date": "%s",
                 "issuer": "UBND huyện Đức Linh", "signer": "Chủ tịch", "version": 0}
                """
                    .formatted(TODAY)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("AWARDED"))
        .andExpect(jsonPath("$.decisionNumber").value("123/QĐ-UBND"));
    mvc.perform(as(get("/api/v1/models/" + model + "/commendations/" + commendation), "duclinh"))
        .andExpect(jsonPath("$.decidedBy").value("reviewer"));

    mvc.perform(
            json(
                post("/api/v1/follow-ups/" + followUp + "/report"),
                "duclinh",
                "{\"report\": \"Đã họp 3 thôn\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.followUps[0].report").value("Đã họp 3 thôn"));
    mvc.perform(
            json(
                post("/api/v1/low-results/" + flag + "/review"),
                "duclinh.reviewer",
                "{\"outcome\": \"CLEARED\", \"note\": \"Đã cải thiện\", \"version\": %d}"
                    .formatted(
                        read(
                            mvc.perform(
                                as(
                                    get("/api/v1/models/" + model + "/low-results/" + flag),
                                    "duclinh")),
                            "$.version"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("CLEARED"));
    mvc.perform(
            as(
                get("/api/v1/low-results")
                    .param("year", String.valueOf(YEAR))
                    .param("under", "BT.DL"),
                "leader"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem((int) flag)));
  }

  @Test
  void aRevocationIsANewNumberedDecision() throws Exception {
    var second =
        fixtures.districtRecognition(
            fixtures.registeredModelOfDucLinh("API xét: Thu hồi công nhận"));
    mvc.perform(
            json(
                post("/api/v1/recognitions/" + second.id() + "/revocation"),
                "duclinh.reviewer",
                """
                {"date": "%s", "signerName": "Nguyễn Văn A", "signerTitle": "Trưởng ban",
                 "reason": "Mô hình không còn duy trì"}
                """
                    .formatted(TODAY)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", startsWith("/api/v1/decisions/")))
        .andExpect(jsonPath("$.kind").value("REVOCATION"))
        .andExpect(jsonPath("$.issuingUnit.code").value("BT.DL"));
    mvc.perform(as(get("/api/v1/models/" + second.modelId() + "/recognitions"), "duclinh"))
        .andExpect(jsonPath("$.recognitions[0].revokedByDecisionId").isNumber());
  }

  @Test
  void criteriaAreListedAndKeptByAdministrators() throws Exception {
    mvc.perform(as(get("/api/v1/criteria"), "duclinh"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code", hasItem("PRACTICALITY")));
    mvc.perform(
            json(
                put("/api/v1/criteria/API_UNUSED"),
                "admin",
                "{\"name\": \"Tiêu chí thử (không dùng)\", \"weight\": 1, \"active\": false}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("API_UNUSED"))
        .andExpect(jsonPath("$.active").value(false));
    mvc.perform(json(put("/api/v1/criteria/API_UNUSED"), "duclinh", "{\"name\": \"x\"}"))
        .andExpect(status().isForbidden());
  }

  /** Who asks from Tánh Linh: its reviewer, its officer or its council member. */
  @ParameterizedTest(name = "{0} {1} as {2}")
  @CsvSource({
    "GET, /rounds/{round}, tanhlinh",
    "GET, /rounds/{round}/board, reviewer.tl",
    "GET, /rounds/{round}/sheets, council.tl",
    "GET, /rounds/{round}/letter/pdf, tanhlinh",
    "PUT, /rounds/{round}/members, reviewer.tl",
    "POST, /rounds/{round}/spread, reviewer.tl",
    "POST, /rounds/{round}/proposals, tanhlinh",
    "POST, /rounds/{round}/meeting, reviewer.tl",
    "POST, /rounds/{round}/decision, reviewer.tl",
    "GET, /proposals/{proposal}, tanhlinh",
    "PUT, /proposals/{proposal}/members, reviewer.tl",
    "POST, /proposals/{proposal}/return, reviewer.tl",
    "POST, /proposals/{proposal}/withdraw, tanhlinh",
    "POST, /proposals/{proposal}/recusal, council.tl",
    "GET, /models/{model}/recognitions, tanhlinh",
    "GET, /models/{model}/commendations/{commendation}, tanhlinh",
    "GET, /models/{model}/low-results/{flag}, tanhlinh",
    "POST, /models/{model}/low-results, reviewer.tl",
    "POST, /recognitions/{recognition}/revocation, reviewer.tl",
    "POST, /recognitions/{recognition}/commendations, reviewer.tl",
    "POST, /commendations/{commendation}/decision, reviewer.tl",
    "POST, /follow-ups/{followUp}/report, tanhlinh",
    "POST, /low-results/{flag}/review, reviewer.tl",
    "GET, /low-results?under=BT.DL, tanhlinh",
    "GET, /decisions/{decision}/certificates/{recognition}/pdf, tanhlinh"
  })
  void nothingOfDucLinhsRoundIsFoundFromTanhLinh(String method, String path, String user)
      throws Exception {
    var uri = uri(path);
    var body =
        "{\"version\": 0, \"members\": [], \"modelId\": %d, \"reason\": \"x\", \"form\": \"x\"}"
            .formatted(model);
    mvc.perform(json(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri), user, body))
        .andExpect(status().isNotFound());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "POST | /rounds | duclinh.reviewer | {\"scaleMin\": 5, \"scaleMax\": 5}"
            + " | year,title,proposalDeadline,scaleMax",
        "PUT | /rounds/{round}/members | duclinh.reviewer | {\"members\": []} | version",
        "POST | /rounds/{round}/proposals | duclinh | {} | modelId",
        "POST | /rounds/{round}/meeting | duclinh.reviewer | {} | version",
        "POST | /rounds/{round}/decision | duclinh.reviewer | {\"date\": null} | version",
        "PUT | /proposals/{proposal}/members | duclinh.reviewer | {} | members",
        "POST | /proposals/{proposal}/withdraw | duclinh | {} | version",
        "POST | /recognitions/{recognition}/revocation | duclinh.reviewer | {}"
            + " | date,signerName,signerTitle,reason",
        "POST | /recognitions/{recognition}/commendations | duclinh.reviewer | {\"form\": \" \"} | form",
        "POST | /commendations/{commendation}/decision | reviewer | {\"state\": \"AWARDED\"}"
            + " | version",
        "POST | /models/{model}/low-results | duclinh.reviewer | {\"actions\": [{}]}"
            + " | reason,actions[0].action,actions[0].dueDate",
        "POST | /follow-ups/{followUp}/report | duclinh | {\"report\": \"\"} | report",
        "POST | /low-results/{flag}/review | duclinh.reviewer | {\"note\": \"x\"} | outcome",
        "PUT | /criteria/API_UNUSED | admin | {\"weight\": 0} | name,weight"
      })
  void invalidInputNamesItsFields(
      String method, String path, String user, String body, String fields) throws Exception {
    var uri = uri(path);
    mvc.perform(json(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri), user, body))
        .andExpect(status().isUnprocessableContent())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder(fields.split(","))));
  }

  /** The path with the ids of what the round left. */
  private String uri(String path) {
    return "/api/v1"
        + path.replace("{round}", String.valueOf(round))
            .replace("{proposal}", String.valueOf(proposal))
            .replace("{model}", String.valueOf(model))
            .replace("{commendation}", String.valueOf(commendation))
            .replace("{flag}", String.valueOf(flag))
            .replace("{recognition}", String.valueOf(recognition))
            .replace("{followUp}", String.valueOf(followUp))
            .replace("{decision}", String.valueOf(decision));
  }
}
