package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.LiveClient;

/**
 * A commission's first year in DVK, through the API only, from an empty database: the bootstrap
 * administrator, units and users from spreadsheets, two years of models imported (the second
 * continuing part of the first), approved in bulk with the paper's days, the district rounds and
 * the provincial round of 2024 recorded from paper, and the yearly summary counted from all of it —
 * for a province of 1,000 registrations, in fewer than 200 HTTP calls.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=${dvk.live.datasource-url:jdbc:h2:mem:dvk-live;MODE=PostgreSQL;"
          + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
      "dvk.demo.enabled=false",
      "dvk.bootstrap.admin.username=" + GoingLiveJourneyTests.ADMIN,
      "dvk.bootstrap.admin.password=" + GoingLiveJourneyTests.FIRST_PASSWORD,
      "dvk.bootstrap.root.code=QT",
      "dvk.bootstrap.root.name=Tỉnh Quảng Trị",
      "dvk.bootstrap.root.kind=PROVINCE"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag("integration")
class GoingLiveJourneyTests {

  static final String ADMIN = "quantri";
  static final String FIRST_PASSWORD = "Gio-Linh-Cua-Viet-7391";
  static final String PASSWORD = "Song-Thach-Han-Xanh-2026";
  static final String OFFICER = "qt.officer";
  static final String REVIEWER = "qt.reviewer";
  static final List<String> DISTRICTS = List.of("QT.H1", "QT.H2", "QT.H3", "QT.H4");
  static final int COMMUNES_PER_DISTRICT = 5;

  @Autowired MockMvc mvc;

  LiveClient api;
  final List<Long> models2023 = new ArrayList<>();
  final List<Long> fresh2024 = new ArrayList<>();

  @Test
  void aProvinceGoesLiveThroughTheApiAlone() throws Exception {
    api = new LiveClient(mvc);
    var started = System.nanoTime();

    api.password(ADMIN, FIRST_PASSWORD);
    api.changePassword(ADMIN, PASSWORD);
    importUnits();
    importUsers();
    registerYear(2023, 400, 0);
    registerYear(2024, 500, 100);
    var recognized = recordDistrictRounds();
    recordProvincialRound(recognized);

    var summary = api.read(REVIEWER, "/api/v1/reports/yearly-summary?year=2024&unit=QT");
    var seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "A province of 1,000 registrations went live in %d HTTP calls, %.1f s%n",
        api.calls(), seconds);

    // 600 registrations of 2024, less the province's own 24: the summary counts those of the
    // district level and below, as the brief's figures do.
    assertThat(JsonPath.<Integer>read(summary, "$.registered.total")).isEqualTo(576);
    assertThat(JsonPath.<Integer>read(summary, "$.districtLevel.units")).isEqualTo(4);
    assertThat(JsonPath.<Integer>read(summary, "$.districtLevel.unitsThatConsidered")).isEqualTo(3);
    assertThat(JsonPath.<Integer>read(summary, "$.districtLevel.recognized.total")).isEqualTo(12);
    assertThat(JsonPath.<Integer>read(summary, "$.proposalsToProvince.unitsThatProposed"))
        .isEqualTo(3);
    assertThat(JsonPath.<Integer>read(summary, "$.proposalsToProvince.proposed.total"))
        .isEqualTo(6);
    assertThat(JsonPath.<Integer>read(summary, "$.provinceLevel.recognized.total")).isEqualTo(5);
    var earlier = api.read(REVIEWER, "/api/v1/reports/yearly-summary?year=2023&unit=QT");
    assertThat(JsonPath.<Integer>read(earlier, "$.registered.total")).isEqualTo(384);
    var coverage = api.read(REVIEWER, "/api/v1/reports/coverage?year=2024&unit=QT");
    assertThat(
            JsonPath.<List<String>>read(
                coverage, "$.lines[?(@.unit.code == 'QT.H1')].registration.done"))
        .containsExactly("2024-03-15");
    assertThat(api.calls()).isLessThan(200);
  }

  /** Four districts of five communes each, from the units template. */
  private void importUnits() throws Exception {
    var rows = new ArrayList<List<Object>>();
    for (var district : DISTRICTS) {
      rows.add(
          List.of(
              district,
              "Huyện " + district.substring(3),
              "DISTRICT",
              "DISTRICT",
              "QT",
              "2020-01-01"));
      for (int c = 1; c <= COMMUNES_PER_DISTRICT; c++) {
        rows.add(
            List.of(
                district + ".X" + c,
                "Xã " + c + " (" + district.substring(3) + ")",
                "COMMUNE",
                "GRASSROOTS",
                district,
                "2020-01-01"));
      }
    }
    var template = api.bytes(ADMIN, "/api/v1/units/imports/template");
    var job = api.upload(ADMIN, "/api/v1/units/imports", fill(template, rows), "units.xlsx");
    var done = api.finished(ADMIN, job);
    assertThat(JsonPath.<String>read(done, "$.state")).as(done).isEqualTo("DONE");
    assertThat(JsonPath.<List<Object>>read(done, "$.created")).hasSize(24);
  }

  /**
   * The province's officer and reviewer, and a reviewer per district, who change their passwords.
   */
  private void importUsers() throws Exception {
    var rows = new ArrayList<List<Object>>();
    rows.add(List.of(OFFICER, "Chuyên viên tỉnh", "OFFICER", "QT", "officer@qt.example"));
    rows.add(List.of(REVIEWER, "Thẩm định tỉnh", "REVIEWER", "QT", "reviewer@qt.example"));
    for (var district : DISTRICTS) {
      rows.add(List.of(reviewerOf(district), "Thẩm định " + district, "REVIEWER", district, ""));
    }
    var template = api.bytes(ADMIN, "/api/v1/users/imports/template");
    var job = api.upload(ADMIN, "/api/v1/users/imports", fill(template, rows), "users.xlsx");
    var done = api.finished(ADMIN, job);
    assertThat(JsonPath.<String>read(done, "$.state")).as(done).isEqualTo("DONE");
    List<Map<String, String>> created = JsonPath.read(done, "$.created");
    for (var user : created) {
      api.password(user.get("username"), user.get("initialPassword"));
      api.changePassword(user.get("username"), PASSWORD);
    }
  }

  /**
   * A year's models from the template — new ones spread over the communes, the districts and the
   * province itself, and the first of 2023's continued — then submitted and approved in bulk on the
   * paper's days.
   */
  private void registerYear(int year, int fresh, int continued) throws Exception {
    var rows = new ArrayList<List<Object>>();
    for (int i = 0; i < fresh; i++) {
      rows.add(newModel(year, i));
    }
    for (int i = 0; i < continued; i++) {
      var cells = new ArrayList<Object>(Arrays.asList(new Object[24]));
      cells.set(0, year);
      cells.set(23, models2023.get(i));
      rows.add(cells);
    }
    var template = api.bytes(OFFICER, "/api/v1/models/imports/template");
    var job = api.upload(OFFICER, "/api/v1/models/imports", fill(template, rows), year + ".xlsx");
    var done = api.finished(OFFICER, job);
    assertThat(JsonPath.<String>read(done, "$.state")).as(done).isEqualTo("DONE");
    List<Map<String, Number>> created = JsonPath.read(done, "$.created");
    var registrations = created.stream().map(c -> c.get("registrationId").longValue()).toList();
    var models = created.stream().map(c -> c.get("modelId").longValue()).toList();
    (year == 2023 ? models2023 : fresh2024).addAll(models.subList(0, fresh));
    act(OFFICER, "submit", registrations, LocalDate.of(year, 3, 15));
    act(REVIEWER, "approve", registrations, LocalDate.of(year, 3, 25));
  }

  private void act(String user, String action, List<Long> ids, LocalDate on) throws Exception {
    var body =
        "{\"action\": \"%s\", \"ids\": [%s], \"recordedOn\": \"%s\"}"
            .formatted(
                action, ids.stream().map(String::valueOf).collect(Collectors.joining(",")), on);
    var answer = api.send(user, "/api/v1/registrations/actions", body, 200);
    assertThat(JsonPath.<List<Boolean>>read(answer, "$.results[*].done"))
        .as(answer)
        .hasSize(ids.size())
        .containsOnly(true);
  }

  /**
   * The unit of a year's model i: by turns a commune's, a district's, every 25th the province's.
   */
  private static String unitOf(int i) {
    var slot = i % 25;
    var district = DISTRICTS.get(slot % DISTRICTS.size());
    return slot == 24
        ? "QT"
        : slot < 20 ? district + ".X" + (slot / DISTRICTS.size() + 1) : district;
  }

  private static List<Object> newModel(int year, int i) {
    var unit = unitOf(i);
    var cells = new ArrayList<Object>(Arrays.asList(new Object[23]));
    cells.set(0, year);
    cells.set(1, "Mô hình " + year + " số " + i + " của " + unit);
    cells.set(2, "Tập thể");
    cells.set(3, unit);
    cells.set(6, "ECONOMY");
    cells.set(11, "Nội dung, cách làm");
    cells.set(19, LocalDate.of(year, 2, 1));
    return cells;
  }

  /**
   * Three districts of four held their 2024 round on paper: six of their own models each (a
   * commune's would need the commune's recognition first), four recognized. Answers each district's
   * recognized models.
   */
  private List<List<Long>> recordDistrictRounds() throws Exception {
    var recognized = new ArrayList<List<Long>>();
    for (var district : DISTRICTS.subList(0, 3)) {
      var reviewer = reviewerOf(district);
      var round = open(reviewer, "Xét công nhận " + district + " năm 2024", "2024-08-31");
      var proposals = new ArrayList<String>();
      var theirs = new ArrayList<Long>();
      for (int i = 0; i < fresh2024.size() && proposals.size() < 6; i++) {
        if (unitOf(i).equals(district)) {
          var yes = proposals.size() < 4;
          proposals.add(proposal(fresh2024.get(i), "2024-07-10", yes ? 6 : 2, yes ? 1 : 5, false));
          if (yes) {
            theirs.add(fresh2024.get(i));
          }
        }
      }
      record(reviewer, round, "2024-08-20", "2024-08-25", district + "-QĐ/BDVHU", proposals);
      recognized.add(theirs);
    }
    return recognized;
  }

  /** The province's 2024 round: two proposals of each district and one of its own; five pass. */
  private void recordProvincialRound(List<List<Long>> byDistrict) throws Exception {
    var round = open(REVIEWER, "Xét công nhận cấp tỉnh năm 2024", "2024-10-31");
    var proposals = new ArrayList<String>();
    proposals.add(proposal(byDistrict.get(0).get(0), "2024-10-05", 8, 1, true));
    proposals.add(proposal(byDistrict.get(0).get(1), "2024-10-05", 8, 1, false));
    proposals.add(proposal(byDistrict.get(1).get(0), "2024-10-05", 8, 1, false));
    proposals.add(proposal(byDistrict.get(1).get(1), "2024-10-05", 3, 6, false));
    proposals.add(proposal(byDistrict.get(2).get(0), "2024-10-05", 8, 1, false));
    proposals.add(proposal(byDistrict.get(2).get(1), "2024-10-05", 3, 6, false));
    proposals.add(proposal(fresh2024.get(24), "2024-10-06", 8, 1, false));
    record(REVIEWER, round, "2024-11-20", "2024-11-25", "12-QĐ/BDVTU", proposals);
  }

  private long open(String reviewer, String title, String deadline) throws Exception {
    var body =
        """
        {"year": 2024, "title": "%s", "proposalDeadline": "%s", "recordedFromPaper": true}
        """
            .formatted(title, deadline);
    return JsonPath.<Number>read(api.send(reviewer, "/api/v1/rounds", body, 201), "$.id")
        .longValue();
  }

  private void record(
      String reviewer,
      long round,
      String meeting,
      String decision,
      String number,
      List<String> proposals)
      throws Exception {
    var body =
        """
        {"version": 0, "meetingDate": "%s", "councilSize": 9, "decisionNumber": "%s",
         "decisionDate": "%s", "signerName": "Lê Văn Ban", "signerTitle": "Trưởng ban",
         "proposals": [%s]}
        """
            .formatted(meeting, number, decision, String.join(",", proposals));
    api.send(reviewer, "/api/v1/rounds/" + round + "/paper-result", body, 201);
  }

  private static String proposal(
      long model, String on, int votesFor, int votesAgainst, boolean outstanding) {
    return """
        {"modelId": %d, "proposedOn": "%s", "votesFor": %d, "votesAgainst": %d, "outstanding": %s}
        """
        .formatted(model, on, votesFor, votesAgainst, outstanding);
  }

  private static String reviewerOf(String district) {
    return district.toLowerCase().replace('.', '-') + ".reviewer";
  }

  /** The template with the rows written below its header (numbers, dates and texts as such). */
  private static byte[] fill(byte[] template, List<List<Object>> rows) throws Exception {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        var out = new ByteArrayOutputStream()) {
      var sheet = workbook.getSheetAt(0);
      var dates = workbook.createCellStyle();
      dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          var value = rows.get(r).get(c);
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value instanceof LocalDate date) {
            var cell = row.createCell(c);
            cell.setCellValue(date);
            cell.setCellStyle(dates);
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
