package vn.dvk.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/**
 * Rows of the registration workbook that continue an earlier model into their year, with the rules
 * of continuing a model on its page; and files made before that column existed, which still import.
 */
@IntegrationTest
class ModelImportContinuationTests {

  private static final Locale VI = Locale.forLanguageTag("vi");

  @Autowired ModelImports imports;
  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired Acting acting;
  @Autowired MessageSource messages;
  @Autowired ReferenceLists references;
  @Autowired JdbcClient jdbc;

  @Test
  void continuedRowsPointingAtAMissingOrOutOfScopeModelAreRefusedAndNothingIsWritten() {
    var theirs =
        acting
            .as(
                "tanhlinh.xa",
                () ->
                    models.create(
                        Models.collective("Tiếp nối: mô hình của Tánh Linh", "BT.TL.GIAAN"), 2023))
            .id();
    var before = written();

    var job =
        run(
            TestWorkbooks.filled(
                messages,
                references,
                List.of(
                    TestWorkbooks.row(
                        2024, "Tiếp nối: dòng mới hợp lệ", "Tập thể", "BT.DL.X10", "ECONOMY", null),
                    TestWorkbooks.continued(2024, 987_654_321L),
                    TestWorkbooks.continued(2024, theirs),
                    TestWorkbooks.continued(2024, "mô hình cũ"))));

    assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
    assertThat(job.errors())
        .extracting(e -> e.row() + e.column() + " " + e.message())
        .containsExactly(
            "3X Không tìm thấy mô hình 987654321.",
            "4X Không tìm thấy mô hình " + theirs + ".",
            "5X “mô hình cũ” không phải số của một mô hình (số hệ thống cấp cho mô hình, ví dụ"
                + " 1234).");
    assertThat(written()).isEqualTo(before);
  }

  /** A year of no demo figures: the brief's 2023 must not move. */
  @Test
  void aContinuedRowFollowsTheRulesOfContinuingAModel() {
    var registered =
        Models.registered(acting, models, registrations, "Tiếp nối: đã đăng ký 2025", 2025);
    var draft =
        acting
            .as(
                "duclinh",
                () -> models.create(Models.collective("Tiếp nối: còn nháp", "BT.DL.X10"), 2025))
            .id();

    var job =
        run(
            TestWorkbooks.filled(
                messages,
                references,
                List.of(
                    TestWorkbooks.continued(2026, registered),
                    TestWorkbooks.continued(2026, "#" + registered),
                    TestWorkbooks.continued(2025, registered),
                    TestWorkbooks.continued(2026, draft))));

    assertThat(job.errors())
        .extracting(e -> e.row() + e.column() + " " + e.message())
        .containsExactly(
            "3X Trùng với dòng 2 (cùng tên mô hình, đơn vị và năm).",
            "4A Năm đăng ký tiếp phải sau năm 2025.",
            "5X Chỉ đăng ký tiếp được mô hình đã đăng ký; mô hình đang “Nháp”.");
    assertThat(registrationYears(registered)).containsExactly(2025);
  }

  @Test
  void aFileMadeBeforeTheColumnOfContinuedModelsStillImportsItsTargets() {
    var row =
        TestWorkbooks.row(
            2024, "Mẫu cũ: Hiến đất mở đường", "Tập thể", "BT.DL.X10", "ECONOMY", null);
    row.add(1500);

    var job = run(TestWorkbooks.withoutContinuedColumn(messages, List.of(row)));

    assertThat(job.errors()).isEmpty();
    assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
    assertThat(job.created()).hasSize(1);
    var target =
        jdbc.sql(
                "select target from models_indicator_target"
                    + " where model_id = :id and indicator_code = 'LAND_DONATED'")
            .param("id", job.created().get(0).modelId())
            .query(BigDecimal.class)
            .single();
    assertThat(target).isEqualByComparingTo("1500");
  }

  private List<Integer> registrationYears(long id) {
    return jdbc.sql("select registration_year from models_registration where model_id = :id")
        .param("id", id)
        .query(Integer.class)
        .list();
  }

  private ImportJob run(Path file) {
    return acting.as(
        "duclinh", () -> imports.run(imports.open(file.getFileName().toString()), file, VI));
  }

  /** How many models and registrations there are. */
  private long written() {
    return jdbc.sql(
            "select (select count(*) from models_model)"
                + " + (select count(*) from models_registration)")
        .query(Long.class)
        .single();
  }
}
