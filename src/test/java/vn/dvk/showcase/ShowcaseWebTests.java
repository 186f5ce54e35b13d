package vn.dvk.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.programs.ReferenceList;
import vn.dvk.programs.ReferenceLists;
import vn.dvk.support.IntegrationTest;

/** The public showcase read by anyone, without a login, on the demo's published models. */
@IntegrationTest
class ShowcaseWebTests {

  private static final String OUTSTANDING = "“Dân vận khéo” trong vùng đồng bào dân tộc thiểu số";

  @Autowired MockMvc mvc;
  @Autowired Showcase showcase;
  @Autowired ReferenceLists references;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void theCatalogueIsReadWithoutALoginAndFoundWithoutDiacritics() throws Exception {
    mvc.perform(get("/showcase"))
        .andExpect(status().isOk())
        .andExpect(header().exists("ETag"))
        .andExpect(content().string(containsString("id=\"showcase-models\"")))
        .andExpect(content().string(containsString("id=\"nav-login\"")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.matchesPattern(
                        "(?s).*href=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap\\.min-[0-9a-f]{32}\\.css\".*")));
    mvc.perform(get("/showcase").param("q", "dan van kheo dong bao"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(OUTSTANDING)));
    mvc.perform(get("/showcase").param("page", String.valueOf(Integer.MAX_VALUE)))
        .andExpect(status().isOk());
    mvc.perform(get("/showcase").param("q", "khong co mo hinh nao nhu the nay"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"showcase-empty\"")));
  }

  @Test
  void theFiltersNarrowTheCatalogue() {
    var all = showcase.find(Showcase.Query.all(), 1000);
    var first = all.items().get(0);
    var byYear =
        showcase.find(
            new Showcase.Query(null, first.recognitionYear(), null, null, null, null, 0), 1000);
    var byUnit =
        showcase.find(
            new Showcase.Query(null, null, null, null, null, first.districtCode(), 0), 1000);
    var byField =
        showcase.find(new Showcase.Query(null, null, null, first.fieldCode(), null, null, 0), 1000);

    assertThat(all.total()).isGreaterThan(50);
    assertThat(byYear.items()).allMatch(m -> m.recognitionYear() == first.recognitionYear());
    assertThat(byYear.total()).isBetween(1, all.total() - 1);
    assertThat(byUnit.items()).allMatch(m -> m.districtCode().equals(first.districtCode()));
    assertThat(byField.items()).allMatch(m -> m.fieldCode().equals(first.fieldCode()));
    assertThat(showcase.find(Showcase.Query.all(), 24).items()).hasSize(24);
  }

  @Test
  void aModelHasAReadableAddressAndTheShortOneRedirectsToIt() throws Exception {
    var model =
        showcase.all().stream()
            .filter(m -> m.title().equals(OUTSTANDING))
            .findFirst()
            .orElseThrow();

    assertThat(model.path())
        .isEqualTo(
            "/showcase/models/"
                + model.id()
                + "/dan-van-kheo-trong-vung-dong-bao-dan-toc-thieu-so");
    mvc.perform(get("/showcase/models/" + model.id()))
        .andExpect(status().isMovedPermanently())
        .andExpect(redirectedUrl(model.path()));
    mvc.perform(get("/showcase/models/" + model.id() + "/old-title"))
        .andExpect(status().isMovedPermanently());
    mvc.perform(get(model.path()).header("Accept-Language", "vi"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"public-lineage\"")))
        .andExpect(content().string(containsString(model.decisionNumber())));
    mvc.perform(get("/showcase/models/999999999")).andExpect(status().isNotFound());
  }

  @Test
  void aModelsMovementsAreNamedNotCoded() throws Exception {
    var model =
        showcase.all().stream().filter(m -> !m.movementCodes().isEmpty()).findFirst().orElseThrow();
    var code = model.movementCodes().get(0);
    var name =
        references.byCode(ReferenceList.MOVEMENT).get(code).name(Locale.forLanguageTag("vi"));

    mvc.perform(get(model.path()).param("lang", "vi"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(">" + name + "</span>")))
        .andExpect(content().string(not(containsString(">" + code + "</span>"))));
  }

  @Test
  void theOpenDataHoldsExactlyWhatThePublicPagesShow() throws Exception {
    var pages = new ArrayList<Long>();
    var page = showcase.find(Showcase.Query.all(), Showcase.PAGE_SIZE);
    for (int p = 0; p < page.pages(); p++) {
      var html =
          mvc.perform(get("/showcase").param("page", String.valueOf(p)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      var ids = Pattern.compile("id=\"public-(\\d+)\"").matcher(html);
      while (ids.find()) {
        pages.add(Long.parseLong(ids.group(1)));
      }
    }

    var json =
        mvc.perform(get("/showcase/data/models.json"))
            .andExpect(status().isOk())
            .andExpect(
                header().string("Link", containsString("creativecommons.org/licenses/by/4.0")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Number> jsonIds = JsonPath.read(json, "$.models[*].id");
    assertThat(JsonPath.<String>read(json, "$.licence")).isEqualTo("CC-BY-4.0");
    var csv = csv("/showcase/data/models.csv");

    assertThat(pages).hasSize(page.total()).doesNotHaveDuplicates();
    assertThat(jsonIds.stream().map(Number::longValue).toList()).isEqualTo(pages);
    assertThat(csv.stream().map(r -> Long.parseLong(r.get("id"))).toList()).isEqualTo(pages);
    var first = showcase.model(pages.get(0));
    assertThat(csv.get(0))
        .containsEntry("title", first.title())
        .containsEntry("districtLevelUnitName", first.districtName())
        .containsEntry("recognitionLevel", first.level().name())
        .containsEntry("decisionNumber", first.decisionNumber());
    assertThat(csv.get(0).keySet()).containsExactlyElementsOf(OpenData.MODEL_FIELDS);
  }

  @Test
  void thePublicFiguresAreTheYearlySummarysAndTheSameInEveryFormat() throws Exception {
    var json =
        mvc.perform(get("/showcase/data/figures.json"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var csv = csv("/showcase/data/figures.csv");
    var html =
        mvc.perform(get("/showcase/figures"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    List<Map<String, Object>> years = JsonPath.read(json, "$.years[?(@.year == 2023)]");
    assertThat(years).hasSize(1);
    assertThat(years.get(0))
        .containsEntry("unitCode", "BT")
        .containsEntry("registered", 746)
        .containsEntry("new", 410)
        .containsEntry("continued", 336)
        .containsEntry("districtLevelUnits", 14)
        .containsEntry("districtLevelUnitsThatConsidered", 13)
        .containsEntry("recognizedAtDistrictLevel", 155)
        .containsEntry("proposedToProvince", 39)
        .containsEntry("recognizedAtProvinceLevel", 22)
        .containsEntry("outstanding", 5);
    var row2023 = csv.stream().filter(r -> r.get("year").equals("2023")).findFirst().orElseThrow();
    for (var field : OpenData.FIGURE_FIELDS) {
      assertThat(row2023.get(field)).as(field).isEqualTo(String.valueOf(years.get(0).get(field)));
    }
    assertThat(html)
        .contains("id=\"figures-2023\"")
        .contains(">746<")
        .contains(">13/14<")
        .contains(">155<");
  }

  @Test
  void noPublicVersionOfTheDemoNamesAnIndividualWithoutConsent() {
    var named =
        jdbc.sql(
                """
                select count(*) from showcase_publication p join models_model m on m.id = p.model_id
                 where m.person_name is not null and p.consent_recorded_by is null
                   and (p.public_title like '%' || m.person_name || '%'
                        or p.public_summary like '%' || m.person_name || '%')
                """)
            .query(Long.class)
            .single();
    var individuals =
        jdbc.sql(
                "select count(*) from showcase_publication p join models_model m"
                    + " on m.id = p.model_id where m.person_name is not null")
            .query(Long.class)
            .single();

    assertThat(individuals).isPositive();
    assertThat(named).isZero();
  }

  @Test
  void nothingOfTheShowcaseNeedsALoginButTheRestStillDoes() throws Exception {
    for (var path : List.of("/showcase/figures", "/showcase/data", "/showcase/data/figures.csv")) {
      mvc.perform(get(path)).andExpect(status().isOk());
    }
    mvc.perform(get("/models").header("Accept", "text/html"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/showcase").header("Accept-Language", "he").param("lang", "he"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("dir=\"rtl\"")))
        .andExpect(content().string(not(containsString("??"))));
  }

  private List<Map<String, String>> csv(String path) throws Exception {
    var response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(response.getContentType()).startsWith("text/csv");
    var text = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    var rows = new ArrayList<Map<String, String>>();
    var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    for (var record : format.parse(new StringReader(text.substring(1)))) {
      rows.add(new LinkedHashMap<>(record.toMap()));
    }
    return rows;
  }
}
