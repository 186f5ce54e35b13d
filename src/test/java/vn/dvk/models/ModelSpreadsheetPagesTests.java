package vn.dvk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/** The spreadsheet pages: template, upload with progress, and the export of a filtered list. */
@IntegrationTest
class ModelSpreadsheetPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired MobilizationModels models;
  @Autowired ModelImports imports;
  @Autowired Acting acting;
  @Autowired MessageSource messages;
  @Autowired ReferenceLists references;

  @Test
  void theTemplateIsAWorkbookWithTheCodesTheUnitMayUse() throws Exception {
    var bytes =
        mvc.perform(get("/models/import/template.xlsx").with(as("duclinh")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var header = workbook.getSheetAt(0).getRow(0);
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Tên mô hình *");
      assertThat(header.getCell(23).getStringCellValue()).isEqualTo("Tiếp nối mô hình số");
      assertThat(header.getCell(24).getStringCellValue()).endsWith("[LAND_DONATED]");
      var codes = new ArrayList<String>();
      workbook.getSheetAt(1).forEach(row -> codes.add(row.getCell(0).getStringCellValue()));
      assertThat(codes).contains("ECONOMY", "NONG_THON_MOI", "BT.DL.VOXU").doesNotContain("BT.TL");
    }
  }

  @Test
  void anUploadRunsInTheBackgroundAndItsPageShowsTheOutcome() throws Exception {
    var row = new ArrayList<Object>(Arrays.asList(new Object[23]));
    row.set(0, 2025);
    row.set(1, "Tải lên: Sân chơi thiếu nhi");
    row.set(2, "Tập thể");
    row.set(3, "BT.DL.X07");
    row.set(6, "CULTURE_SOCIETY");
    var file = TestWorkbooks.filled(messages, references, List.of(row));

    var location =
        mvc.perform(
                multipart("/models/import")
                    .file(
                        new MockMultipartFile(
                            "file", "dang-ky.xlsx", null, Files.readAllBytes(file)))
                    .with(csrf())
                    .with(as("duclinh")))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    var jobId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

    var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!acting.as("duclinh", () -> imports.job(jobId)).status().isFinished()
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    mvc.perform(get(location + "/status").with(as("duclinh")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Đã nhập 1 mô hình")))
        .andExpect(content().string(containsString("href=\"/models/" + createdModel(jobId))))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger"))));
    mvc.perform(get(location).with(as("tanhlinh"))).andExpect(status().isNotFound());
  }

  @Test
  void theExportHoldsTheFilteredListOfTheReadersScopeOnly() throws Exception {
    acting.as(
        "duclinh",
        () -> models.create(Models.collective("Xuất: Vườn rau sạch", "BT.DL.X08"), 2021));
    acting.as(
        "tanhlinh.xa",
        () -> models.create(Models.collective("Xuất: Của Tánh Linh", "BT.TL.GIAAN"), 2021));

    var bytes =
        mvc.perform(
                get("/models/export.xlsx")
                    .param("year", "2021")
                    .param("q", "xuat")
                    .with(as("duclinh")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var titles = new ArrayList<String>();
      workbook.getSheetAt(0).forEach(r -> titles.add(r.getCell(4).getStringCellValue()));
      assertThat(titles).contains("Xuất: Vườn rau sạch").doesNotContain("Xuất: Của Tánh Linh");
      assertThat(titles.get(0)).isEqualTo("Tên mô hình");
    }
  }

  @Test
  void anExportOfAUnitOutOfScopeIsNotFound() throws Exception {
    mvc.perform(get("/models/export.xlsx").param("under", "BT.TL").with(as("duclinh")))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", containsString("text/html")));
  }

  private long createdModel(long jobId) {
    return acting.as("duclinh", () -> imports.job(jobId)).created().get(0).modelId();
  }

  private RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }
}
