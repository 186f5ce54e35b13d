package vn.dvk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;

/** The demo's 2023 summary for the province reads the brief, field by field. */
@IntegrationTest
class YearlySummaryTests {

  @Autowired MockMvc mvc;

  @Test
  void theDemosSummaryOf2023ForTheProvinceIsTheBriefs() throws Exception {
    mvc.perform(
            get("/api/v1/reports/yearly-summary")
                .param("year", "2023")
                .param("unit", "BT")
                .with(httpBasic("leader", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2023))
        .andExpect(jsonPath("$.unit.code").value("BT"))
        .andExpect(jsonPath("$.registered.total").value(746))
        .andExpect(jsonPath("$.registered.new").value(410))
        .andExpect(jsonPath("$.registered.continued").value(336))
        .andExpect(jsonPath("$.districtLevel.units").value(14))
        .andExpect(jsonPath("$.districtLevel.unitsThatConsidered").value(13))
        .andExpect(jsonPath("$.districtLevel.unitsNotConsidered", hasSize(1)))
        .andExpect(jsonPath("$.districtLevel.unitsNotConsidered[0].name").value("Đức Linh"))
        .andExpect(jsonPath("$.districtLevel.recognized.total").value(155))
        .andExpect(jsonPath("$.proposalsToProvince.unitsThatProposed").value(13))
        .andExpect(
            jsonPath("$.proposalsToProvince.unitsThatDidNotPropose[0].name").value("Đức Linh"))
        .andExpect(jsonPath("$.proposalsToProvince.proposed.total").value(39))
        .andExpect(jsonPath("$.provinceLevel.recognized.total").value(22))
        .andExpect(jsonPath("$.byUnit", hasSize(14)))
        .andExpect(
            jsonPath(
                "$.outstandingModels[*].title",
                containsInAnyOrder(
                    "“Dân vận khéo” trong vùng đồng bào dân tộc thiểu số",
                    "Lực lượng vũ trang tỉnh Bình Thuận tăng cường đoàn kết với đồng bào các dân"
                        + " tộc, tôn giáo",
                    "Nâng bước em đến trường – Con nuôi đồn Biên phòng",
                    "Số hóa di tích lịch sử, danh lam thắng cảnh tỉnh Bình Thuận",
                    "Vận động người nộp thuế kê khai đúng giá chuyển nhượng bất động sản, chống"
                        + " thất thu ngân sách nhà nước")));
  }

  @Test
  void theSummaryPrintsInVietnameseAndExportsItsTables() throws Exception {
    var pdf = fileOf2023("/api/v1/reports/yearly-summary/pdf");
    var xlsx = fileOf2023("/reports/yearly-summary/xlsx");

    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
    java.nio.file.Files.write(
        java.nio.file.Path.of("target/documents/yearly-summary-2023.pdf"), pdf);
    try (var document = Loader.loadPDF(pdf)) {
      var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .as("the commission's heading, as on its other papers")
          .contains("TỈNH ỦY BÌNH THUẬN", "BAN DÂN VẬN", "-BC/BDVTU", "ĐẢNG CỘNG SẢN VIỆT NAM")
          .containsPattern("Bình Thuận, ngày[\\s\\u00a0]+tháng[\\s\\u00a0]+năm \\d{4}");
      assertThat(text)
          .contains("Kết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2023")
          .contains("746 mô hình")
          .contains("(tất cả, trừ Đức Linh)")
          .contains("Hàm Thuận Bắc")
          .contains("Nâng bước em đến trường – Con nuôi đồn Biên phòng");
    }
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var byUnit = workbook.getSheetAt(1);
      assertThat(byUnit.getLastRowNum()).isEqualTo(14);
      var total = 0d;
      for (int r = 1; r <= 14; r++) {
        total += byUnit.getRow(r).getCell(1).getNumericCellValue();
      }
      assertThat(total).isEqualTo(746);
      assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(5);
    }
  }

  @Test
  void aDistrictsSummaryCountsItsOwnSubtreeAndAForeignUnitAnswers404() throws Exception {
    mvc.perform(
            get("/api/v1/reports/yearly-summary")
                .param("year", "2023")
                .param("unit", "BT.TL")
                .with(httpBasic("tanhlinh", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.districtLevel.units").value(1))
        .andExpect(jsonPath("$.byUnit", hasSize(1)));
    mvc.perform(
            get("/api/v1/reports/yearly-summary")
                .param("year", "2023")
                .param("unit", "BT.TL")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/reports/yearly-summary").param("year", "2023"))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/reports/yearly-summary").with(httpBasic("leader", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("year"))
        .andExpect(jsonPath("$.errors[0].code").value("reports.error.year"));
  }

  private byte[] fileOf2023(String path) throws Exception {
    return mvc.perform(
            get(path).param("year", "2023").param("unit", "BT").with(httpBasic("leader", "demo")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }
}
