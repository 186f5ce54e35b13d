package vn.dvk.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.dvk.support.IntegrationTest;

/** The PDFs of the demo's 2023 provincial decision, read back as text. */
@IntegrationTest
class RecognitionPapersTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  @Autowired vn.dvk.support.RoundFixtures fixtures;
  @Autowired vn.dvk.support.Acting acting;
  @Autowired ReviewRounds rounds;
  @Autowired RoundProposals proposing;

  @Test
  void theDecisionPdfHasTheVietnameseNamesExactly() throws Exception {
    var pdf =
        mvc.perform(
                get("/api/v1/decisions/" + provinceDecision2023() + "/pdf")
                    .with(httpBasic("leader", "demo")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    var text = text(pdf);
    assertThat(text)
        .contains("TỈNH ỦY BÌNH THUẬN")
        .contains("QUYẾT ĐỊNH")
        .contains("-QĐ/BDVTU")
        .contains("Công nhận 22 mô hình")
        .contains("Nâng bước em đến trường – Con nuôi đồn Biên phòng")
        .contains("Số hóa di tích lịch sử, danh lam thắng cảnh tỉnh Bình Thuận")
        .contains(
            "Lực lượng vũ trang tỉnh Bình Thuận tăng cường đoàn kết với đồng bào các dân tộc, tôn giáo")
        .contains("Nguyễn Thị Hồng");
  }

  @Test
  void aCertificateNamesTheModelItsOwnerAndTheDecision() throws Exception {
    var decision = provinceDecision2023();
    var recognition =
        jdbc.sql(
                "select r.id from recognition_recognition r join models_model m on m.id = r.model_id"
                    + " where r.decision_id = :d and m.title like 'Nâng bước em%'")
            .param("d", decision)
            .query(Long.class)
            .single();

    var pdf =
        mvc.perform(
                get("/recognition/decisions/" + decision + "/certificates/" + recognition + "/pdf")
                    .with(user(users.loadUserByUsername("reviewer"))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    assertThat(text(pdf))
        .contains("GIẤY CÔNG NHẬN")
        .contains("Nâng bước em đến trường – Con nuôi đồn Biên phòng")
        .contains("Bộ Chỉ huy Bộ đội Biên phòng tỉnh");
  }

  @Test
  void aUnitsSubmissionLetterListsItsProposalsWithTheirOwnDecisions() throws Exception {
    fixtures.councilMembersAndASecondReviewer();
    var model = fixtures.registeredModelOfDucLinh("Tờ trình: đường hoa nông thôn mới");
    var district = fixtures.districtRecognition(model);
    var round =
        fixtures.provinceRound(
            "Xét cấp tỉnh có tờ trình",
            java.time.LocalDate.now(vn.dvk.shared.MovementTime.ZONE).plusDays(9));
    acting.run("duclinh", () -> proposing.propose(round.id(), model.id(), null));

    var pdf =
        mvc.perform(
                get("/rounds/" + round.id() + "/letter/pdf")
                    .with(user(users.loadUserByUsername("duclinh"))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    assertThat(text(pdf))
        .contains("TỜ TRÌNH")
        .contains("HUYỆN ỦY ĐỨC LINH")
        .contains("Ban Dân vận Tỉnh ủy Bình Thuận")
        .contains("Tờ trình: đường hoa nông thôn mới")
        .contains(district.decisionNumber());
    mvc.perform(
            get("/rounds/" + round.id() + "/letter/pdf")
                .with(user(users.loadUserByUsername("tanhlinh"))))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void aDecisionOutsideTheScopeHasNoPdfForTheReader() throws Exception {
    var tanhLinh =
        jdbc.sql(
                "select decision_id from recognition_round where unit_code = 'BT.TL'"
                    + " and round_year = 2023 and opened_by = 'demo'")
            .query(Long.class)
            .single();

    mvc.perform(get("/api/v1/decisions/" + tanhLinh + "/pdf").with(httpBasic("duclinh", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/decisions/" + tanhLinh + "/pdf")).andExpect(status().isUnauthorized());
  }

  private long provinceDecision2023() {
    return jdbc.sql(
            "select decision_id from recognition_round where unit_code = 'BT' and round_year = 2023"
                + " and level = 'PROVINCE' and opened_by = 'demo'")
        .query(Long.class)
        .single();
  }

  /** The text with line breaks and runs of spaces made single spaces (long titles wrap). */
  static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
