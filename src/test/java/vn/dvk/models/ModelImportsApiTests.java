package vn.dvk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

/**
 * The registration workbook through the API: 202 with the job, the job's progress, errors and the
 * models and registrations it created, readable by its uploader only.
 */
@IntegrationTest
class ModelImportsApiTests {

  @Autowired MockMvc mvc;
  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired Acting acting;
  @Autowired MessageSource messages;
  @Autowired ReferenceLists references;
  @Autowired JdbcClient jdbc;

  @Test
  void anImportThroughTheApiListsTheModelsAndRegistrationsItCreatedNewOrContinued()
      throws Exception {
    var earlier =
        Models.registered(
            acting, models, registrations, "API tiếp nối: Đèn năng lượng mặt trời", 2025);
    var file =
        TestWorkbooks.filled(
            messages,
            references,
            List.of(
                TestWorkbooks.row(
                    2026, "API nhập: Tổ hòa giải", "Tập thể", "BT.DL.X10", "ECONOMY", null),
                TestWorkbooks.continued(2026, earlier)));

    var location = upload(file, "duclinh");
    var job = finished(location, "duclinh");

    assertThat(JsonPath.<String>read(job, "$.state")).isEqualTo("DONE");
    assertThat(JsonPath.<Integer>read(job, "$.processed")).isEqualTo(2);
    assertThat(JsonPath.<Integer>read(job, "$.total")).isEqualTo(2);
    assertThat(JsonPath.<List<Object>>read(job, "$.errors")).isEmpty();
    List<Map<String, Number>> created = JsonPath.read(job, "$.created");
    assertThat(created).hasSize(2);
    assertThat(created.get(1).get("modelId").longValue()).isEqualTo(earlier);
    assertThat(kind(created.get(0).get("registrationId").longValue()))
        .isEqualTo("NEW|2026|" + created.get(0).get("modelId"));
    assertThat(kind(created.get(1).get("registrationId").longValue()))
        .isEqualTo("CONTINUED|2026|" + earlier);
  }

  @Test
  void nobodyButItsUploaderReadsAnImport() throws Exception {
    var location = upload(TestWorkbooks.filled(messages, references, List.of()), "duclinh");

    for (var other : List.of("leader", "tanhlinh.xa")) {
      mvc.perform(get(location).with(httpBasic(other, "demo")))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.code").value("import.error.no-job"));
    }
    assertThat(JsonPath.<String>read(finished(location, "duclinh"), "$.errors[0].message"))
        .isEqualTo("Tệp không có dòng dữ liệu nào.");
  }

  @Test
  void anUploadWithoutAFileOrWithAnEmptyOneIsRefusedAsAProblem() throws Exception {
    mvc.perform(multipart("/api/v1/models/imports").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    mvc.perform(
            multipart("/api/v1/models/imports")
                .file(new MockMultipartFile("file", "trong.xlsx", null, new byte[0]))
                .header("Accept-Language", "en")
                .with(httpBasic("duclinh", "demo")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("import.error.no-file"))
        .andExpect(jsonPath("$.detail").value("Please choose an Excel file."));
  }

  @Test
  void theTemplateHasTheColumnOfContinuedModelsBeforeTheTargets() throws Exception {
    var bytes =
        mvc.perform(
                get("/api/v1/models/imports/template")
                    .header("Accept-Language", "en")
                    .with(httpBasic("duclinh", "demo")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var header = workbook.getSheetAt(0).getRow(0);
      assertThat(header.getCell(23).getStringCellValue()).isEqualTo("Continued from model no.");
      assertThat(header.getCell(24).getStringCellValue()).endsWith("]");
    }
  }

  private String upload(Path file, String username) throws Exception {
    return mvc.perform(
            multipart("/api/v1/models/imports")
                .file(new MockMultipartFile("file", "dang-ky.xlsx", null, Files.readAllBytes(file)))
                .with(httpBasic(username, "demo")))
        .andExpect(status().isAccepted())
        .andExpect(header().exists("Location"))
        .andExpect(jsonPath("$.state").exists())
        .andReturn()
        .getResponse()
        .getHeader("Location");
  }

  /** The job once it has finished, as its uploader reads it. */
  private String finished(String location, String username) throws Exception {
    var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      var body =
          mvc.perform(get(location).with(httpBasic(username, "demo")))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      var state = JsonPath.<String>read(body, "$.state");
      if (List.of("DONE", "FAILED", "INTERRUPTED").contains(state)
          || System.nanoTime() > deadline) {
        return body;
      }
      Thread.sleep(100);
    }
  }

  /** The kind, year and model of a registration. */
  private String kind(long registrationId) {
    return jdbc.sql(
            "select kind || '|' || registration_year || '|' || model_id from models_registration"
                + " where id = :id")
        .param("id", registrationId)
        .query(String.class)
        .single();
  }
}
