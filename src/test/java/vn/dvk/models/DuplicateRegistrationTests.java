package vn.dvk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.shared.ConflictException;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/**
 * A unit registers a model of one title once a year: the database refuses the second registration
 * however it comes (the API twice, parallel requests, parallel imports, a rename).
 */
@IntegrationTest
class DuplicateRegistrationTests {

  private static final Locale VI = Locale.forLanguageTag("vi");

  @Autowired MockMvc mvc;
  @Autowired MobilizationModels models;
  @Autowired ModelImports imports;
  @Autowired Acting acting;
  @Autowired MessageSource messages;
  @Autowired ReferenceLists references;
  @Autowired JdbcClient jdbc;

  @Test
  void theApiRefusesTheSameTitleUnitAndYearTwiceWhateverTheCaseAndMarks() throws Exception {
    var body =
        """
        {"year": 2024, "title": "%s", "ownerKind": "COLLECTIVE", "unitCode": "BT.DL.X08",
         "fieldCode": "DEFENCE_SECURITY", "movementCodes": ["BAO_VE_AN_NINH"],
         "contentMethod": "Mỗi tổ 10 hộ", "targetGroups": ["RESIDENTS"]}
        """;
    mvc.perform(create(body.formatted("Tổ tự quản giữ xe"))).andExpect(status().isCreated());

    mvc.perform(create(body.formatted("TỔ TỰ QUẢN  GIỮ XE")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("models.error.duplicate"));
    assertThat(registrations("BT.DL.X08", "to tu quan giu xe", 2024)).isEqualTo(1);
  }

  @Test
  void twentyParallelRegistrationsOfOneModelMakeOne() throws Exception {
    var attempts = new ArrayList<Callable<Boolean>>();
    for (var i = 0; i < 20; i++) {
      attempts.add(
          () -> {
            try {
              acting.run(
                  "duclinh",
                  () ->
                      models.create(Models.collective("Song song một mô hình", "BT.DL.X07"), 2024));
              return true;
            } catch (ConflictException | org.springframework.dao.DataAccessException refused) {
              return false;
            }
          });
    }
    var pool = Executors.newFixedThreadPool(8);
    try {
      var made = pool.invokeAll(attempts).stream().filter(f -> get(f)).count();
      assertThat(made).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    assertThat(registrations("BT.DL.X07", "song song mot mo hinh", 2024)).isEqualTo(1);
  }

  @Test
  void parallelImportsOfOneWorkbookImportItOnceAndTheOthersNameTheRows() throws Exception {
    var rows = new ArrayList<List<Object>>();
    for (var i = 1; i <= 20; i++) {
      rows.add(row("Nhập song song " + i));
    }
    var file = TestWorkbooks.filled(messages, references, rows);
    var runs = new ArrayList<Callable<ImportJob>>();
    for (var i = 0; i < 4; i++) {
      runs.add(
          () -> acting.as("duclinh", () -> imports.run(imports.open("song-song.xlsx"), file, VI)));
    }

    List<ImportJob> jobs;
    var pool = Executors.newFixedThreadPool(4);
    try {
      jobs = pool.invokeAll(runs).stream().map(DuplicateRegistrationTests::get).toList();
    } finally {
      pool.shutdown();
    }

    assertThat(jobs).filteredOn(j -> j.status() == ImportJob.Status.DONE).hasSize(1);
    assertThat(jobs)
        .filteredOn(j -> j.status() == ImportJob.Status.FAILED)
        .allSatisfy(j -> assertThat(j.errors()).isNotEmpty().allMatch(e -> e.row() > 1));
    assertThat(
            jdbc.sql("select count(*) from models_model where title like 'Nhập song song %'")
                .query(Long.class)
                .single())
        .isEqualTo(20);
  }

  @Test
  void renamingAModelToATitleTheUnitRegisteredThatYearIsRefused() {
    acting.run("duclinh", () -> models.create(Models.collective("Tên đã có", "BT.DL.X06"), 2024));
    var other =
        acting.as("duclinh", () -> models.create(Models.collective("Tên khác", "BT.DL.X06"), 2024));

    assertThatThrownBy(
            () ->
                acting.run(
                    "duclinh",
                    () ->
                        models.update(
                            other.id(),
                            other.version(),
                            Models.withTitle(Models.collective("x", "BT.DL.X06"), "tên đã có"))))
        .isInstanceOf(ConflictException.class)
        .hasFieldOrPropertyWithValue("messageKey", "models.error.duplicate-title");
    assertThat(acting.as("duclinh", () -> models.get(other.id())).title()).isEqualTo("Tên khác");
  }

  @Test
  void everyDemoRegistrationHoldsItsClaim() {
    var registrations =
        jdbc.sql("select count(*) from models_registration").query(Long.class).single();
    var claims =
        jdbc.sql("select count(*) from models_registration_claim").query(Long.class).single();

    assertThat(claims).isEqualTo(registrations);
  }

  private long registrations(String unit, String folded, int year) {
    return jdbc.sql(
            """
            select count(*) from models_registration r join models_model m on m.id = r.model_id
             where m.unit_code = :unit and r.registration_year = :year
               and lower(m.search_text) like :folded
            """)
        .param("unit", unit)
        .param("year", year)
        .param("folded", folded + "%")
        .query(Long.class)
        .single();
  }

  private static org.springframework.test.web.servlet.RequestBuilder create(String json) {
    return post("/api/v1/models")
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .with(httpBasic("duclinh", "demo"));
  }

  private static <T> T get(java.util.concurrent.Future<T> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Object> row(String title) {
    var cells = new ArrayList<Object>(Arrays.asList(new Object[23]));
    cells.set(0, 2024);
    cells.set(1, title);
    cells.set(2, "Tập thể");
    cells.set(3, "BT.DL.X05");
    cells.set(6, "ECONOMY");
    cells.set(11, "Nội dung, cách làm");
    cells.set(19, LocalDate.of(2024, 3, 1));
    return cells;
  }
}
