package vn.dvk.models;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.support.Api.json;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dvk.identity.Role;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;

/**
 * What the model page holds besides the model, over the API: progress reports and their
 * verification, attachments, the history, the registrations awaiting the superior unit and the
 * consolidated lists it sends up. A model of a commune of Đức Linh (this year) serves them; a Tánh
 * Linh officer finds none of it.
 */
@IntegrationTest
class ModelRecordsApiTests {

  static final int YEAR = RoundFixtures.YEAR;

  /** An officer of one commune of Đức Linh, whose subtree holds only what this class makes. */
  static final String COMMUNE_OFFICER = "records.api.x09";

  @Autowired MockMvc mvc;
  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired Acting acting;
  @Autowired RoundFixtures fixtures;
  @Autowired ProgressReports progress;
  @Autowired ModelAttachments attachments;

  long model;

  private static final java.util.concurrent.atomic.AtomicInteger SERIAL =
      new java.util.concurrent.atomic.AtomicInteger();

  @BeforeEach
  void aRegisteredModelOfACommuneOfDucLinh() {
    fixtures.user(COMMUNE_OFFICER, Role.OFFICER, "BT.DL.X09");
    // One model a test: a unit registers a title once a year.
    model = registered("API hồ sơ: Đường hoa nông thôn " + SERIAL.incrementAndGet()).id();
  }

  @Test
  void theOwnerReportsProgressAndAReviewerAboveVerifiesIt() throws Exception {
    var location =
        mvc.perform(
                json(
                    post("/api/v1/models/" + model + "/reports"),
                    "duclinh",
                    "{\"reportDate\": \"%s\", \"summary\": \"Quý III\", \"values\": {\"ROAD_BUILT\": 1.5}}"
                        .formatted(LocalDate.now(vn.dvk.shared.MovementTime.ZONE))))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.summary").value("Quý III"))
            .andExpect(jsonPath("$.values[0].indicatorCode").value("ROAD_BUILT"))
            .andExpect(jsonPath("$.values[0].achieved").value(1.5))
            .andReturn()
            .getResponse()
            .getHeader("Location");

    mvc.perform(get("/api/v1/models/" + model + "/reports").with(httpBasic("leader", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].reportedBy").value("duclinh"));
    mvc.perform(post(location + "/verify").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("progress.error.verifier-only"));
    mvc.perform(post(location + "/verify").with(httpBasic("duclinh.reviewer", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verified").value(1))
        .andExpect(jsonPath("$.report.values[0].verifiedBy").value("duclinh.reviewer"));
    mvc.perform(get(location).with(httpBasic("duclinh", "demo")))
        .andExpect(jsonPath("$.values[0].verifiedBy").value("duclinh.reviewer"));
  }

  @Test
  void aPhotoIsUploadedListedDownloadedAndThumbnailed() throws Exception {
    var png = png();
    var location =
        mvc.perform(
                multipart("/api/v1/models/" + model + "/attachments")
                    .file(new MockMultipartFile("file", "le-khanh-thanh.png", "image/png", png))
                    .param("caption", "Lễ khánh thành")
                    .with(httpBasic("duclinh", "demo")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.contentType").value("image/png"))
            .andExpect(jsonPath("$.caption").value("Lễ khánh thành"))
            .andExpect(jsonPath("$.hasThumbnail").value(true))
            .andReturn()
            .getResponse()
            .getHeader("Location");

    mvc.perform(get("/api/v1/models/" + model + "/attachments").with(httpBasic("leader", "demo")))
        .andExpect(jsonPath("$.items[*].fileName", hasItem("le-khanh-thanh.png")));
    mvc.perform(get(location).with(httpBasic("leader", "demo")))
        .andExpect(jsonPath("$.sizeBytes").value(png.length));
    mvc.perform(get(location + "/content").with(httpBasic("leader", "demo")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/png"))
        .andExpect(content().bytes(png));
    mvc.perform(get(location + "/thumbnail").with(httpBasic("leader", "demo")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/jpeg"));
  }

  @Test
  void theHistoryListsTheModelsChangesNewestFirst() throws Exception {
    mvc.perform(get("/api/v1/models/" + model + "/history").with(httpBasic("leader", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(3)))
        .andExpect(jsonPath("$.items[0].actor").value("duclinh.reviewer"))
        .andExpect(jsonPath("$.items[-1:].actor", hasItem("duclinh")));
  }

  @Test
  void theSuperiorSeesWhatAwaitsItsDecisionAndTheCommuneSendsItsListUp() throws Exception {
    var submitted =
        acting.as(
            COMMUNE_OFFICER,
            () -> models.create(Models.collective("API hồ sơ: chờ duyệt", "BT.DL.X09"), YEAR));
    acting.run(
        COMMUNE_OFFICER,
        () -> registrations.act(submitted.id(), YEAR, RegistrationAction.SUBMIT, null));

    mvc.perform(awaiting("duclinh"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].modelId", hasItem((int) submitted.id())));
    mvc.perform(awaiting("tanhlinh"))
        .andExpect(jsonPath("$.items[*].modelId", not(hasItem((int) submitted.id()))));

    mvc.perform(
            get("/api/v1/forwardings/pending")
                .param("year", String.valueOf(YEAR))
                .with(httpBasic(COMMUNE_OFFICER, "demo")))
        .andExpect(jsonPath("$.pending").value(greaterThanOrEqualTo(1)));
    var location =
        mvc.perform(
                json(
                    post("/api/v1/forwardings"),
                    COMMUNE_OFFICER,
                    "{\"year\": %d, \"note\": \"Danh sách xã\"}".formatted(YEAR)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.unitCode").value("BT.DL.X09"))
            .andExpect(jsonPath("$.registrations").value(greaterThanOrEqualTo(1)))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    var received =
        mvc.perform(get(location).with(httpBasic("duclinh", "demo")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Integer id = JsonPath.read(received, "$.id");
    mvc.perform(get("/api/v1/forwardings").param("size", "200").with(httpBasic("duclinh", "demo")))
        .andExpect(jsonPath("$.items[*].id", hasItem(id)));
    mvc.perform(get(location).with(httpBasic("tanhlinh", "demo")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("forwarding.error.not-found"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /reports",
    "GET, /reports/{report}",
    "POST, /reports/{report}/verify",
    "GET, /attachments",
    "GET, /attachments/{attachment}",
    "GET, /attachments/{attachment}/content",
    "GET, /attachments/{attachment}/thumbnail",
    "GET, /history"
  })
  void nothingOfAModelOutsideTheCallersScopeIsFound(String method, String path) throws Exception {
    var report =
        acting.as(
            "duclinh",
            () ->
                progress.report(
                    model,
                    LocalDate.now(vn.dvk.shared.MovementTime.ZONE),
                    null,
                    Map.of("ROAD_BUILT", BigDecimal.ONE)));
    var attachment = acting.as("duclinh", () -> attachments.attach(model, "anh.png", png(), null));
    var uri =
        "/api/v1/models/"
            + model
            + path.replace("{report}", String.valueOf(report.id()))
                .replace("{attachment}", String.valueOf(attachment.id()));
    var request = method.equals("GET") ? get(uri) : post(uri);
    mvc.perform(request.with(httpBasic("tanhlinh", "demo"))).andExpect(status().isNotFound());
  }

  @Test
  void uploadsAndReportsOutsideTheCallersScopeAreNotFound() throws Exception {
    mvc.perform(
            multipart("/api/v1/models/" + model + "/attachments")
                .file(new MockMultipartFile("file", "a.png", "image/png", png()))
                .with(httpBasic("tanhlinh", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(
            json(
                post("/api/v1/models/" + model + "/reports"),
                "tanhlinh",
                "{\"reportDate\": \"2026-01-01\", \"values\": {\"ROAD_BUILT\": 1}}"))
        .andExpect(status().isNotFound());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/reports | {\"summary\": \"x\"} | reportDate",
        "/reports | {\"reportDate\": \"2020-01-01\", \"values\": {\"NOPE\": 1, \"ROAD_BUILT\": -1}}"
            + " | values.NOPE,values.ROAD_BUILT",
        "/reports | {\"reportDate\": \"2099-01-01\", \"values\": {}} | reportDate"
      })
  void invalidReportsNameEveryField(String path, String body, String fields) throws Exception {
    mvc.perform(json(post("/api/v1/models/" + model + path), "duclinh", body))
        .andExpect(status().isUnprocessableContent())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder(fields.split(","))));
  }

  @Test
  void aMissingOrEmptyFileAndAMissingYearAreProblems() throws Exception {
    mvc.perform(
            multipart("/api/v1/models/" + model + "/attachments")
                .param("caption", "x")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    mvc.perform(
            multipart("/api/v1/models/" + model + "/attachments")
                .file(new MockMultipartFile("file", "a.png", "image/png", new byte[0]))
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("attachments.error.empty"));
    mvc.perform(json(post("/api/v1/forwardings"), COMMUNE_OFFICER, "{}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
    mvc.perform(get("/api/v1/forwardings/pending").with(httpBasic(COMMUNE_OFFICER, "demo")))
        .andExpect(status().isUnprocessableContent());
  }

  private ModelView registered(String title) {
    var created =
        acting.as("duclinh", () -> models.create(Models.collective(title, "BT.DL.X09"), YEAR));
    acting.run(
        "duclinh", () -> registrations.act(created.id(), YEAR, RegistrationAction.SUBMIT, null));
    acting.run(
        "duclinh.reviewer",
        () -> registrations.act(created.id(), YEAR, RegistrationAction.APPROVE, null));
    return created;
  }

  private static MockHttpServletRequestBuilder awaiting(String user) {
    return get("/api/v1/models/awaiting-decision")
        .param("year", String.valueOf(YEAR))
        .param("size", "200")
        .with(httpBasic(user, "demo"));
  }

  static byte[] png() {
    return vn.dvk.support.TestImages.png(400, 300);
  }
}
