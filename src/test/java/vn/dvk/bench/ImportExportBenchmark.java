package vn.dvk.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.dvk.models.ModelImports;
import vn.dvk.models.spreadsheet.RegistrationTemplate;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/**
 * Not a test: a benchmark that prints figures, run by {@code bench/import.sh} (never by the build).
 * Imports a workbook of 10,000 rows and reports the time and the peak heap.
 */
@IntegrationTest
@Tag("benchmark")
class ImportExportBenchmark {

  private static final int ROWS = Integer.getInteger("bench.rows", 10_000);

  @Autowired ModelImports imports;
  @Autowired Acting acting;
  @Autowired MessageSource messages;
  @Autowired ReferenceLists references;

  @Test
  void importTenThousandRows() throws Exception {
    var file = Files.createTempFile("bench-import-", ".xlsx");
    writeWorkbook(file);
    System.gc();
    resetPeaks();
    var started = System.nanoTime();
    var job =
        acting.as(
            "duclinh",
            () -> imports.run(imports.open("bench.xlsx"), file, Locale.forLanguageTag("vi")));
    var seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "%nBENCH import: %d rows, status %s, %d imported, %.1f s, peak heap %d MB (file %d KB)%n",
        ROWS, job.status(), job.imported(), seconds, peakHeapMb(), Files.size(file) / 1024);
  }

  private void writeWorkbook(java.nio.file.Path file) throws Exception {
    var vi = Locale.forLanguageTag("vi");
    var template = new java.io.ByteArrayOutputStream();
    RegistrationTemplate.write(
        template,
        vi,
        key -> messages.getMessage(key, null, vi),
        references.active(ReferenceList.FIELD),
        references.active(ReferenceList.MOVEMENT),
        references.active(ReferenceList.INDICATOR),
        java.util.List.of());
    try (var base = new XSSFWorkbook(new java.io.ByteArrayInputStream(template.toByteArray()));
        var workbook = new SXSSFWorkbook(base, 100);
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = workbook.getSheetAt(0);
      var communes = new String[] {"BT.DL.VOXU", "BT.DL.DUCTAI", "BT.DL.X01", "BT.DL.X02", "BT.DL"};
      for (int r = 1; r <= ROWS; r++) {
        var row = sheet.createRow(r);
        row.createCell(0).setCellValue(2025);
        row.createCell(1).setCellValue("Mô hình nhập thử số " + r);
        row.createCell(2).setCellValue("Tập thể");
        row.createCell(3).setCellValue(communes[r % communes.length]);
        row.createCell(6).setCellValue("ECONOMY");
        row.createCell(7).setCellValue("NONG_THON_MOI");
        row.createCell(11).setCellValue("Vận động nhân dân hiến đất, góp công làm đường");
        row.createCell(16).setCellValue(10_000_000 + r);
        row.createCell(19).setCellValue(LocalDate.of(2025, 2, 1).toString());
        row.createCell(23).setCellValue(1000 + r);
      }
      workbook.write(out);
    }
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(pool -> pool.resetPeakUsage());
  }

  private static long peakHeapMb() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum()
        / (1024 * 1024);
  }
}
