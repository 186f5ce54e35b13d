package vn.dvk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;

/** Every district-level unit of the demo's 2023 against the year's deadlines and targets. */
@IntegrationTest
class CoverageTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Test
  void ducLinhIsTheOneUnitThatNeitherConsideredNorProposedIn2023() throws Exception {
    mvc.perform(
            get("/api/v1/reports/coverage")
                .param("year", "2023")
                .param("unit", "BT")
                .with(httpBasic("leader", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines", hasSize(14)))
        .andExpect(jsonPath("$.lines[0].unit.name").value("Đức Linh"))
        .andExpect(jsonPath("$.lines[0].districtRecognition.status").value("NOT_DONE"))
        .andExpect(jsonPath("$.lines[0].proposals.status").value("NOT_DONE"))
        .andExpect(jsonPath("$.lines[1].districtRecognition.status").value("DONE"))
        .andExpect(jsonPath("$.lines[1].registration.status").value("DONE"))
        .andExpect(jsonPath("$.targets[0].achieved").value(13))
        .andExpect(jsonPath("$.targets[0].of").value(14))
        .andExpect(jsonPath("$.targets[0].percent").value(93))
        .andExpect(jsonPath("$.targets[0].targetPercent").value(100))
        .andExpect(jsonPath("$.dueNext", hasSize(0)));
    mvc.perform(
            get("/reports/coverage")
                .param("year", "2023")
                .param("unit", "BT")
                .with(user(users.loadUserByUsername("leader"))))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "13/14 đơn vị cấp huyện và tương đương đã xét công nhận ở cấp mình: 93%,"
                            + " chỉ tiêu 100%")));
    mvc.perform(
            get("/api/v1/reports/coverage").param("year", "2019").with(httpBasic("leader", "demo")))
        .andExpect(status().isNotFound());
  }

  @Test
  void theCoverageTableAndTheDashboardsYearsExportToXlsx() throws Exception {
    var coverage = workbookOf2023("/reports/coverage/xlsx");
    var years = workbookOf2023("/reports/dashboard/xlsx");

    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(coverage))) {
      var sheet = workbook.getSheetAt(0);
      var first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Đức Linh");
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Chưa thực hiện");
    }
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(years))) {
      var sheet = workbook.getSheetAt(0);
      var found = false;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        if (row.getCell(0).getNumericCellValue() == 2023) {
          assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(746);
          found = true;
        }
      }
      assertThat(found).isTrue();
    }
  }

  @Test
  void administratorsChangeAPlansDeadlinesAndOthersMayNot() throws Exception {
    mvc.perform(get("/admin/plans").with(user(users.loadUserByUsername("admin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2025-10-31")));
    mvc.perform(
            post("/admin/plans/CT08/2025")
                .param("version", "0")
                .param("registrationDeadline", "2025-03-31")
                .param("districtRecognitionDeadline", "2025-08-31")
                .param("provinceProposalDeadline", "2025-11-15")
                .param("targetConsideredPercent", "150")
                .param("targetProposalsPerUnit", "1")
                .with(csrf())
                .with(user(users.loadUserByUsername("admin"))))
        .andExpect(flash().attributeExists("errors"));
    mvc.perform(
            post("/admin/plans/CT08/2025")
                .param("version", "0")
                .param("registrationDeadline", "2025-03-31")
                .param("districtRecognitionDeadline", "2025-08-31")
                .param("provinceProposalDeadline", "2025-11-15")
                .param("targetConsideredPercent", "100")
                .param("targetProposalsPerUnit", "1")
                .with(csrf())
                .with(user(users.loadUserByUsername("admin"))))
        .andExpect(flash().attribute("notice", "plans.saved"));
    mvc.perform(
            get("/api/v1/reports/coverage").param("year", "2025").with(httpBasic("leader", "demo")))
        .andExpect(jsonPath("$.plan.provinceProposalDeadline").value("2025-11-15"));
    mvc.perform(
            post("/admin/plans/CT08/2025")
                .param("version", "0")
                .param("registrationDeadline", "2025-03-31")
                .param("districtRecognitionDeadline", "2025-08-31")
                .param("provinceProposalDeadline", "2025-11-15")
                .param("targetConsideredPercent", "100")
                .param("targetProposalsPerUnit", "1")
                .with(csrf())
                .with(user(users.loadUserByUsername("reviewer"))))
        .andExpect(status().isForbidden());
  }

  private byte[] workbookOf2023(String path) throws Exception {
    return mvc.perform(
            get(path)
                .param("year", "2023")
                .param("unit", "BT")
                .with(user(users.loadUserByUsername("leader"))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }
}
