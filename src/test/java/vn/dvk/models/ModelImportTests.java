package vn.dvk.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * The registration workbook is imported whole or not at all: a bad workbook leaves the database as
 * it was and names every error by row and column.
 */
@IntegrationTest
class ModelImportTests {

  private static final Locale VI = Locale.forLanguageTag("vi");

  @Autowired ModelImports imports;
  @Autowired Acting acting;
  @Autowired MessageSource messages;
  @Autowired ReferenceLists references;
  @Autowired JdbcClient jdbc;

  @Test
  void aGoodWorkbookIsImportedWhole() {
    var file =
        TestWorkbooks.filled(
            messages,
            references,
            List.of(
                row(
                    2024,
                    "Nhập 1: Đèn đường thôn 3",
                    "Tập thể",
                    "BT.DL.VOXU",
                    "ECONOMY",
                    25_000_000),
                row(
                    2024,
                    "Nhập 2: Nhà nhân ái",
                    "Collective",
                    "BT.DL.DUCTAI",
                    "CULTURE_SOCIETY",
                    "12.500.000"),
                withPerson(
                    row(
                        2024,
                        "Nhập 3: Cựu chiến binh giúp nhau",
                        "Cá nhân",
                        "BT.DL",
                        "ECONOMY",
                        null),
                    "Nguyễn Văn An")));

    var job = run(file);

    assertThat(job.errors()).isEmpty();
    assertThat(job.status()).isEqualTo(ImportJob.Status.DONE);
    assertThat(job.imported()).isEqualTo(3);
    var funds =
        jdbc.sql("select funds_vnd from models_model where title = 'Nhập 2: Nhà nhân ái'")
            .query(Long.class)
            .single();
    assertThat(funds).isEqualTo(12_500_000L);
    var start =
        jdbc.sql("select start_date from models_model where title = 'Nhập 1: Đèn đường thôn 3'")
            .query(LocalDate.class)
            .single();
    assertThat(start).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void aWorkbookWithBadRowsImportsNothingAndNamesEveryError() {
    var before = count();
    var file =
        TestWorkbooks.filled(
            messages,
            references,
            List.of(
                row(2024, "Lỗi 1: hợp lệ", "Tập thể", "BT.DL.VOXU", "ECONOMY", 1_000_000),
                row(2024, "Lỗi 2: sai kiểu", "Tập thể", "BT.DL.VOXU", "ECONOMY", "mười triệu"),
                row(2024, "Lỗi 3: đơn vị lạ", "Tập thể", "BT.KHONG.CO", "ECONOMY", null),
                row(2024, null, "Tập thể", "BT.DL.VOXU", null, null),
                row(2024, "Lỗi 1: hợp lệ", "Tập thể", "BT.DL.VOXU", "ECONOMY", 1_000_000),
                row(2024, "Lỗi 6: ngoài phạm vi", "Tập thể", "BT.TL", "ECONOMY", null),
                row("năm ngoái", "Lỗi 7: năm sai", "Nhóm", "BT.DL.VOXU", "ECONOMY", null)));

    var job = run(file);

    assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
    assertThat(count()).isEqualTo(before);
    assertThat(job.errors())
        .extracting(e -> e.row() + e.column())
        .contains("3Q", "4D", "5B", "5G", "6B", "7D", "8A", "8C");
    assertThat(job.errors())
        .extracting(ImportJob.ImportError::message)
        .contains(
            "Phải là một số nguyên, ví dụ 1.500.000.",
            "Trường này là bắt buộc.",
            "Trùng với dòng 2 (cùng tên mô hình, đơn vị và năm).",
            "Lựa chọn không hợp lệ.");
    assertThat(job.errors().stream().filter(e -> e.row() == 2)).isEmpty();
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() throws Exception {
    var pdf =
        TestWorkbooks.bytes("%PDF-1.4 not a workbook".getBytes(StandardCharsets.UTF_8), ".xlsx");
    var csv = TestWorkbooks.bytes("Năm;Tên\n2024;x\n".getBytes(StandardCharsets.UTF_8), ".xlsx");

    assertThat(run(pdf).errors())
        .extracting(ImportJob.ImportError::message)
        .containsExactly("Tệp không phải bảng tính Excel (.xlsx).");
    assertThat(run(csv).status()).isEqualTo(ImportJob.Status.FAILED);
  }

  @Test
  void aDecompressionBombIsRefusedWithoutBeingInflated() throws Exception {
    var before = count();

    var job = run(TestWorkbooks.bomb(TestWorkbooks.filled(messages, references, List.of())));

    assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
    assertThat(job.errors())
        .extracting(ImportJob.ImportError::message)
        .containsExactly(
            "Tệp bị từ chối: nội dung giải nén lớn bất thường (có thể là tệp độc hại).");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aWorkbookNotMadeFromTheTemplateIsRefused() throws Exception {
    var other = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    other.createSheet("x").createRow(0).createCell(0).setCellValue("Họ và tên");
    var file = java.nio.file.Files.createTempFile("dvk-other-", ".xlsx");
    try (var out = java.nio.file.Files.newOutputStream(file)) {
      other.write(out);
    }

    var job = run(file);

    assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
    assertThat(job.errors().get(0).message()).startsWith("Tệp không theo mẫu");
  }

  @Test
  void aModelAlreadyRegisteredForTheYearIsADuplicate() {
    var file =
        TestWorkbooks.filled(
            messages,
            references,
            List.of(row(2023, "Trùng năm trước", "Tập thể", "BT.DL.X06", "ECONOMY", null)));
    assertThat(run(file).status()).isEqualTo(ImportJob.Status.DONE);

    var again =
        run(
            TestWorkbooks.filled(
                messages,
                references,
                List.of(row(2023, "TRÙNG NĂM TRƯỚC", "Tập thể", "BT.DL.X06", "ECONOMY", null))));

    assertThat(again.errors())
        .extracting(ImportJob.ImportError::message)
        .containsExactly("Đơn vị đã đăng ký mô hình này cho năm 2023.");
  }

  private ImportJob run(java.nio.file.Path file) {
    return acting.as(
        "duclinh",
        () -> {
          var id = imports.open(file.getFileName().toString());
          return imports.run(id, file, VI);
        });
  }

  private long count() {
    return jdbc.sql("select count(*) from models_model").query(Long.class).single();
  }

  private static List<Object> row(
      Object year, String title, String owner, String unit, String field, Object funds) {
    return TestWorkbooks.row(year, title, owner, unit, field, funds);
  }

  private static List<Object> withPerson(List<Object> row, String name) {
    row.set(4, name);
    return row;
  }
}
