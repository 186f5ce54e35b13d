package vn.dvk.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Set-up imports through the API: a template filled in, a file sent, its job polled to the end. */
public final class SetupFiles {

  private SetupFiles() {}

  /** The template downloaded by {@code user}, with the rows added below its header. */
  public static byte[] filledTemplate(
      MockMvc mvc, String templateUrl, String user, List<List<String>> rows) throws Exception {
    var template =
        mvc.perform(get(templateUrl).with(httpBasic(user, "demo")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        var out = new ByteArrayOutputStream()) {
      var sheet = workbook.getSheetAt(0);
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          if (rows.get(r).get(c) != null) {
            row.createCell(c).setCellValue(rows.get(r).get(c));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** Sends the file to {@code importsUrl} as {@code user}; returns the job's address. */
  public static String send(MockMvc mvc, String importsUrl, String user, byte[] file, String name)
      throws Exception {
    return mvc.perform(
            multipart(importsUrl)
                .file(new MockMultipartFile("file", name, null, file))
                .header("Accept-Language", "en")
                .with(httpBasic(user, "demo")))
        .andExpect(status().isAccepted())
        .andReturn()
        .getResponse()
        .getHeader("Location");
  }

  /** Polls the job until it has finished; returns its last answer as JSON. */
  public static String finished(MockMvc mvc, String jobUrl, String user) throws Exception {
    for (int i = 0; i < 200; i++) {
      var body =
          mvc.perform(get(jobUrl).with(httpBasic(user, "demo")))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      String state = JsonPath.read(body, "$.state");
      if (List.of("DONE", "FAILED", "INTERRUPTED").contains(state)) {
        return body;
      }
      Thread.sleep(100);
    }
    throw new IOException("the job " + jobUrl + " did not finish");
  }
}
