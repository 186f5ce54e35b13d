package vn.dvk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;

/** The demo's 2023 narrative in each language, against its snapshot. */
@IntegrationTest
class NarrativeTests {

  @Autowired MockMvc mvc;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"vi", "en", "he"})
  void theNarrativeOf2023ReadsAsItsSnapshot(String lang) throws Exception {
    var text =
        mvc.perform(
                get("/api/v1/reports/yearly-summary/narrative")
                    .param("year", "2023")
                    .param("unit", "BT")
                    .param("lang", lang)
                    .with(httpBasic("leader", "demo")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Files.createDirectories(Path.of("target/narratives"));
    Files.writeString(Path.of("target/narratives/" + lang + ".txt"), text);

    assertThat(text).isEqualTo(snapshot(lang));
  }

  private static String snapshot(String lang) throws Exception {
    return Files.readString(Path.of("src/test/resources/narratives/2023-BT." + lang + ".txt"))
        .strip();
  }
}
