package vn.dvk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dvk.models.RegistrationFixtures.id;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.audit.AuditLog;
import vn.dvk.models.ModelBulkLoader.BulkModel;
import vn.dvk.models.ModelBulkLoader.BulkRegistration;
import vn.dvk.support.Acting;
import vn.dvk.support.Api;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.TestUnits;

/**
 * {@code POST /api/v1/registrations/actions}: each registration is checked as the single action
 * checks it, a refused one leaves the others done, and the answer tells each one's outcome.
 */
@IntegrationTest
class BulkRegistrationActionsTests {

  private static final int YEAR = 2026;
  private static final String ACTIONS = "/api/v1/registrations/actions";

  @Autowired MockMvc mvc;
  @Autowired MobilizationModels models;
  @Autowired ModelBulkLoader loader;
  @Autowired Acting acting;
  @Autowired RegistrationFixtures fixtures;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  @Test
  void aMixOfAllowedAndRefusedRegistrationsIsAnsweredItemByItem() throws Exception {
    var sent = model("tanhlinh.xa", "BT.TL.GIAAN", true);
    var draft = model("tanhlinh.xa", "BT.TL.GIAAN", false);
    var ownSubmission = model("tanhlinh", "BT.TL.GIAAN", true);
    var outOfScope = model("duclinh", "BT.DL.VOXU", true);
    var missing = Long.MAX_VALUE - 7;
    var ids =
        List.of(
            id(sent, YEAR),
            id(draft, YEAR),
            id(ownSubmission, YEAR),
            id(outOfScope, YEAR),
            missing);

    mvc.perform(
            Api.json(post(ACTIONS), "tanhlinh", body("approve", ids, null))
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results", hasSize(5)))
        .andExpect(jsonPath("$.results[0].id").value(id(sent, YEAR)))
        .andExpect(jsonPath("$.results[0].done").value(true))
        .andExpect(jsonPath("$.results[0].reason").doesNotExist())
        .andExpect(jsonPath("$.results[1].done").value(false))
        .andExpect(
            jsonPath("$.results[1].reason")
                .value("“Approve” is not possible while the registration is “Draft”."))
        .andExpect(jsonPath("$.results[2].done").value(false))
        .andExpect(
            jsonPath("$.results[2].reason")
                .value("Whoever sent a registration cannot also decide on it."))
        .andExpect(jsonPath("$.results[3].done").value(false))
        .andExpect(
            jsonPath("$.results[3].reason")
                .value("No registration " + id(outOfScope, YEAR) + " was found."))
        .andExpect(jsonPath("$.results[4].id").value(missing))
        .andExpect(
            jsonPath("$.results[4].reason").value("No registration " + missing + " was found."));

    assertThat(fixtures.state(sent, YEAR)).isEqualTo(RegistrationState.REGISTERED);
    assertThat(fixtures.state(draft, YEAR)).isEqualTo(RegistrationState.DRAFT);
    assertThat(fixtures.state(ownSubmission, YEAR)).isEqualTo(RegistrationState.SUBMITTED);
    assertThat(actions(sent))
        .containsExactly("MODEL_CREATED", "REGISTRATION_SUBMIT", "REGISTRATION_APPROVE");
    assertThat(actions(ownSubmission)).containsExactly("MODEL_CREATED", "REGISTRATION_SUBMIT");
  }

  @Test
  void returningNeedsAReasonWhichEveryReturnedRegistrationKeeps() throws Exception {
    var first = model("tanhlinh.xa", "BT.TL.GIAAN", true);
    var second = model("tanhlinh.xa", "BT.TL.GIAAN", true);
    var ids = List.of(id(first, YEAR), id(second, YEAR));

    mvc.perform(
            Api.json(post(ACTIONS), "tanhlinh", body("return", ids, " "))
                .header("Accept-Language", "en"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reason"))
        .andExpect(jsonPath("$.errors[0].message").value("Please give a reason."));
    assertThat(fixtures.state(first, YEAR)).isEqualTo(RegistrationState.SUBMITTED);

    mvc.perform(Api.json(post(ACTIONS), "tanhlinh", body("RETURN", ids, "Thiếu chỉ tiêu")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[0].done").value(true))
        .andExpect(jsonPath("$.results[1].done").value(true));
    var returned = acting.as("tanhlinh", () -> models.get(second.id())).registration(YEAR);
    assertThat(returned.orElseThrow().reason()).isEqualTo("Thiếu chỉ tiêu");
  }

  @Test
  void aRequestIsRefusedWholeAboveTheCapWithoutAnActionOrIdsOrToWhoMayNotReadModels()
      throws Exception {
    var tooMany = LongStream.rangeClosed(1, BulkRegistrationActions.MAX_ITEMS + 1).boxed().toList();

    mvc.perform(
            Api.json(post(ACTIONS), "tanhlinh", body("submit", tooMany, null))
                .header("Accept-Language", "en"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("ids"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("At most 1,000 registrations can be acted on at once; narrow the filter."));
    mvc.perform(Api.json(post(ACTIONS), "tanhlinh", body("withdraw", List.of(1L), null)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("models.bulk.action-unknown"));
    mvc.perform(Api.json(post(ACTIONS), "tanhlinh", body("submit", List.of(), null)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].code").value("models.bulk.none-selected"));
    mvc.perform(Api.json(post(ACTIONS), "council", body("approve", List.of(1L, 2L), null)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("models.error.no-access"));
  }

  @Test
  void aThousandRegistrationsAreApprovedInOneCallInSeconds() throws Exception {
    var prefix = "Hàng loạt " + TestUnits.code("B") + " ";
    var batch = new ArrayList<BulkModel>();
    for (int i = 0; i < BulkRegistrationActions.MAX_ITEMS; i++) {
      batch.add(
          new BulkModel(
              Models.collective(prefix + i, "BT.TL.GIAAN"),
              "tanhlinh.xa",
              Instant.now(),
              List.of(
                  new BulkRegistration(
                      YEAR,
                      RegistrationKind.NEW,
                      RegistrationState.SUBMITTED,
                      "tanhlinh.xa",
                      null,
                      null)),
              List.of()));
    }
    loader.load(batch.iterator(), loaded -> {});
    var ids =
        jdbc.sql(
                "select r.id from models_registration r join models_model m on m.id = r.model_id"
                    + " where m.title like :prefix order by r.id")
            .param("prefix", prefix + "%")
            .query(Long.class)
            .list();
    assertThat(ids).hasSize(BulkRegistrationActions.MAX_ITEMS);

    // The wall time depends on what else the machine runs; the thread's CPU time (MockMvc runs the
    // request, and H2 its statements, on this thread) tells the work itself.
    var cpu = ManagementFactory.getThreadMXBean();
    var cpuStarted = cpu.getCurrentThreadCpuTime();
    var started = System.nanoTime();
    mvc.perform(Api.json(post(ACTIONS), "tanhlinh", body("approve", ids, null)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.results[?(@.done == true)]", hasSize(ids.size())));
    var seconds = (System.nanoTime() - started) / 1e9;
    var cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
    System.out.printf(
        "Approved %d registrations in one call in %.1f s (%.1f s of CPU)%n",
        ids.size(), seconds, cpuSeconds);

    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'REGISTRATION_APPROVE'"
                        + " and subject_id in (select cast(m.id as varchar(20)) from models_model m"
                        + " where m.title like :prefix)")
                .param("prefix", prefix + "%")
                .query(Long.class)
                .single())
        .isEqualTo(ids.size());
  }

  @Test
  void aYearThatIsOverKeepsTheDaysOfItsPaperRecord() throws Exception {
    var past = java.time.LocalDate.now(vn.dvk.shared.MovementTime.ZONE).getYear() - 1;
    var model =
        fixtures.model(
            "tanhlinh.xa", "BT.TL.GIAAN", "Năm cũ theo hồ sơ " + TestUnits.code("P"), past, false);
    var current = model("tanhlinh.xa", "BT.TL.GIAAN", false);
    var submitted = java.time.LocalDate.of(past, 3, 10);
    var approved = java.time.LocalDate.of(past, 3, 20);

    mvc.perform(
            Api.json(
                    post(ACTIONS),
                    "tanhlinh.xa",
                    recorded("submit", List.of(id(model, past), id(current, YEAR)), submitted))
                .header("Accept-Language", "en"))
        .andExpect(jsonPath("$.results[0].done").value(true))
        .andExpect(jsonPath("$.results[1].done").value(false))
        .andExpect(
            jsonPath("$.results[1].reason")
                .value(
                    "A day from the paper record is taken only for a year that is over; "
                        + YEAR
                        + " is not."));
    mvc.perform(
            Api.json(
                post(ACTIONS), "tanhlinh", recorded("approve", List.of(id(model, past)), approved)))
        .andExpect(jsonPath("$.results[0].done").value(true));

    var registration =
        acting.as("tanhlinh", () -> models.get(model.id())).registration(past).orElseThrow();
    assertThat(registration.submittedAt().atZone(vn.dvk.shared.MovementTime.ZONE).toLocalDate())
        .isEqualTo(submitted);
    assertThat(registration.decidedAt().atZone(vn.dvk.shared.MovementTime.ZONE).toLocalDate())
        .isEqualTo(approved);
    assertThat(fixtures.state(current, YEAR)).isEqualTo(RegistrationState.DRAFT);
  }

  private static String recorded(String action, List<Long> ids, java.time.LocalDate on) {
    var body = body(action, ids, null);
    return body.substring(0, body.length() - 1) + ", \"recordedOn\": \"" + on + "\"}";
  }

  private List<String> actions(ModelView model) {
    return audit.history("MODEL", String.valueOf(model.id())).stream()
        .map(entry -> entry.action())
        .toList();
  }

  private ModelView model(String user, String unit, boolean submit) {
    return fixtures.model(user, unit, "Thao tác hàng loạt " + TestUnits.code("M"), YEAR, submit);
  }

  private static String body(String action, List<Long> ids, String reason) {
    var list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    return "{\"action\": \""
        + action
        + "\", \"ids\": ["
        + list
        + "]"
        + (reason == null ? "" : ", \"reason\": \"" + reason + "\"")
        + "}";
  }
}
