package vn.dvk.recognition.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Builds each document, reads its text back with PDFBox and checks the Vietnamese wording; leaves
 * the PDFs and a picture of each page in target/documents for a person to look at.
 */
class RecognitionDocumentsTests {

  private static final Path OUT = Path.of("target/documents");
  private static final LocalDate DECIDED = LocalDate.of(2023, 11, 28);
  private static final String BORDER_GUARDS = "Nâng bước em đến trường – Con nuôi đồn Biên phòng";
  private static final String BORDER_GUARDS_UNIT = "Đảng bộ Bộ đội Biên phòng tỉnh";
  private static final String RELICS =
      "Số hóa di tích lịch sử, danh lam thắng cảnh tỉnh Bình Thuận";
  private static final String PERSON = "Nguyễn Thị Ánh Tuyết";

  private final RecognitionDocuments documents = new RecognitionDocuments();

  @Test
  void aDecisionPrintsItsNumberWordingAndList() throws IOException {
    var pdf = documents.decision(decision(threeModels()));
    save("decision", pdf);

    try (var document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      var first = text(document, 1, 1);
      assertThat(first)
          .contains(
              "TỈNH ỦY BÌNH THUẬN",
              "BAN DÂN VẬN",
              "Số 15-QĐ/BDVTU",
              "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Bình Thuận, ngày 28 tháng 11 năm 2023",
              "QUYẾT ĐỊNH",
              "Về việc công nhận mô hình “Dân vận khéo” cấp tỉnh năm 2023",
              "QUYẾT ĐỊNH:",
              "Điều 1. Công nhận 3 mô hình “Dân vận khéo” cấp tỉnh năm 2023 (có danh sách kèm"
                  + " theo).",
              "Điều 2.",
              "Điều 3.",
              "K/T TRƯỞNG BAN",
              "PHÓ TRƯỞNG BAN",
              "Trần Văn Hùng");
      var list = text(document, 2, 2);
      assertThat(list)
          .contains(
              "DANH SÁCH",
              "(Kèm theo Quyết định số 15-QĐ/BDVTU ngày 28/11/2023 của Ban Dân vận Tỉnh ủy Bình"
                  + " Thuận)",
              "STT",
              "Tên mô hình",
              "Chủ thể",
              "Đơn vị",
              BORDER_GUARDS,
              BORDER_GUARDS_UNIT,
              RELICS,
              "Cá nhân " + PERSON,
              "Tập thể");
      assertEmbedsTheFont(document);
    }
  }

  @Test
  void aLongListRunsOverSeveralPagesRepeatingItsHeader() throws IOException {
    var lines = new ArrayList<DecisionDocument.Line>();
    for (var i = 1; i <= 60; i++) {
      lines.add(
          new DecisionDocument.Line(
              "Mô hình số " + i + ": " + (i % 2 == 0 ? BORDER_GUARDS : RELICS),
              i % 3 == 0 ? "Cá nhân" : "Tập thể",
              i % 3 == 0 ? PERSON : null,
              "Ủy ban Mặt trận Tổ quốc Việt Nam xã Phan Rí Thành"));
    }
    var pdf = documents.decision(decision(lines));
    save("decision-long", pdf);

    try (var document = Loader.loadPDF(pdf)) {
      var pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(4);
      for (var page = 2; page <= pages; page++) {
        assertThat(text(document, page, page)).startsWith(page == 2 ? "DANH SÁCH" : "STT");
        assertThat(text(document, page, page)).contains("STT Tên mô hình Chủ thể Đơn vị");
      }
      var list = text(document, 2, pages);
      for (var i = 1; i <= 60; i++) {
        assertThat(list).contains("Mô hình số " + i + ": ");
      }
      assertThat(list).contains("Mô hình số 60: " + BORDER_GUARDS, "Mô hình số 59: " + RELICS);
      assertEmbedsTheFont(document);
    }
  }

  @Test
  void aCertificateRecognizesOneModelOnOneLandscapePage() throws IOException {
    var collective =
        documents.certificate(
            certificate(BORDER_GUARDS, "Tập thể", null, null, BORDER_GUARDS_UNIT));
    var individual =
        documents.certificate(
            certificate(
                RELICS,
                "Cá nhân",
                PERSON,
                "Phó Giám đốc Bảo tàng tỉnh",
                "Sở Văn hóa, Thể thao và Du lịch"));
    save("certificate", collective);
    save("certificate-individual", individual);

    try (var document = Loader.loadPDF(collective)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      var page = document.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isGreaterThan(page.getHeight());
      assertThat(text(document, 1, 1))
          .contains(
              "GIẤY CÔNG NHẬN",
              "BAN DÂN VẬN TỈNH ỦY BÌNH THUẬN",
              "Công nhận mô hình “Dân vận khéo” cấp tỉnh năm 2023",
              BORDER_GUARDS,
              "Tập thể: " + BORDER_GUARDS_UNIT,
              "Theo Quyết định số 15-QĐ/BDVTU ngày 28/11/2023",
              "Bình Thuận, ngày 28 tháng 11 năm 2023",
              "TRƯỞNG BAN",
              "Nguyễn Văn Thành");
      assertEmbedsTheFont(document);
    }
    try (var document = Loader.loadPDF(individual)) {
      assertThat(text(document, 1, 1))
          .contains(
              RELICS,
              "Cá nhân: " + PERSON,
              "Phó Giám đốc Bảo tàng tỉnh, Sở Văn hóa, Thể thao và Du lịch");
    }
  }

  @Test
  void aSubmissionLetterProposesTheUnitsModels() throws IOException {
    var pdf =
        documents.submissionLetter(
            new SubmissionLetterDocument(
                "Huyện ủy Tuy Phong",
                "Ban Dân vận",
                "BDVHU",
                null,
                "Tuy Phong",
                LocalDate.of(2023, 9, 5),
                "Ban Dân vận Tỉnh ủy Bình Thuận",
                "cấp tỉnh",
                2023,
                "Trưởng ban",
                null,
                List.of(
                    new SubmissionLetterDocument.Line(
                        BORDER_GUARDS,
                        "Tập thể",
                        null,
                        "Đồn Biên phòng Phan Dũng",
                        "3-QĐ/BDVHU",
                        LocalDate.of(2023, 8, 25)),
                    new SubmissionLetterDocument.Line(
                        "Dân vận khéo trong vận động hiến đất làm đường giao thông nông thôn",
                        "Cá nhân",
                        PERSON,
                        "Hội Liên hiệp Phụ nữ xã Phước Thể",
                        "3-QĐ/BDVHU",
                        LocalDate.of(2023, 8, 25)))));
    save("submission-letter", pdf);

    try (var document = Loader.loadPDF(pdf)) {
      assertThat(text(document, 1, document.getNumberOfPages()))
          .contains(
              "HUYỆN ỦY TUY PHONG",
              "BAN DÂN VẬN",
              "-TTr/BDVHU",
              "Tuy Phong, ngày 05 tháng 9 năm 2023",
              "TỜ TRÌNH",
              "Về việc đề nghị công nhận mô hình “Dân vận khéo” cấp tỉnh năm 2023",
              "Kính gửi: Ban Dân vận Tỉnh ủy Bình Thuận",
              "kính đề nghị Ban Dân vận Tỉnh ủy Bình Thuận xem xét, công nhận 2 mô hình",
              BORDER_GUARDS,
              "Cá nhân " + PERSON,
              "3-QĐ/BDVHU ngày 25/08/2023",
              "Kính trình Ban Dân vận Tỉnh ủy Bình Thuận xem xét, quyết định./.",
              "TRƯỞNG BAN");
      assertEmbedsTheFont(document);
    }
  }

  @Test
  void aDecisionNamesItsRecipientsAndMarksTheOutstandingModels() throws IOException {
    var lines =
        List.of(
            new DecisionDocument.Line(BORDER_GUARDS, "Tập thể", null, BORDER_GUARDS_UNIT, true),
            new DecisionDocument.Line(
                RELICS, "Cá nhân", PERSON, "Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Thuận"));
    var pdf = documents.decision(decision(lines));
    save("decision-recipients", pdf);

    try (var document = Loader.loadPDF(pdf)) {
      assertThat(text(document, 1, 1))
          .contains(
              "Nơi nhận:",
              "- Như Điều 3,",
              "- Thường trực Tỉnh ủy Bình Thuận (để báo cáo),",
              "- Lưu Ban Dân vận.",
              "Trần Văn Hùng");
      var list = text(document, 2, 2);
      assertThat(list).contains(BORDER_GUARDS + " (*)", "(*) Mô hình tiêu biểu.");
      assertThat(list).doesNotContain(RELICS + " (*)");
    }
  }

  private static DecisionDocument decision(List<DecisionDocument.Line> lines) {
    return new DecisionDocument(
        "Tỉnh ủy Bình Thuận",
        "Ban Dân vận",
        "15-QĐ/BDVTU",
        "Bình Thuận",
        DECIDED,
        "Về việc công nhận mô hình “Dân vận khéo” cấp tỉnh năm 2023",
        List.of(
            "- Căn cứ Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị ban hành Quy chế"
                + " công tác dân vận của hệ thống chính trị;",
            "- Căn cứ Kế hoạch của Ban Dân vận Tỉnh ủy về thi đua thực hiện phong trào “Dân vận"
                + " khéo” năm 2023;",
            "- Xét đề nghị của Hội đồng xét công nhận mô hình “Dân vận khéo” cấp tỉnh năm 2023,"),
        "cấp tỉnh",
        2023,
        "K/T Trưởng ban\nPhó Trưởng ban",
        "Trần Văn Hùng",
        lines);
  }

  private static List<DecisionDocument.Line> threeModels() {
    return List.of(
        new DecisionDocument.Line(BORDER_GUARDS, "Tập thể", null, BORDER_GUARDS_UNIT),
        new DecisionDocument.Line(
            RELICS, "Cá nhân", PERSON, "Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Thuận"),
        new DecisionDocument.Line(
            "Chung tay xây dựng nông thôn mới", "Tập thể", null, "Ủy ban nhân dân xã Hàm Đức"));
  }

  private static CertificateDocument certificate(
      String title, String kind, String person, String position, String unit) {
    return new CertificateDocument(
        "Tỉnh ủy Bình Thuận",
        "Ban Dân vận",
        "cấp tỉnh",
        2023,
        title,
        kind,
        person,
        position,
        unit,
        "15-QĐ/BDVTU",
        DECIDED,
        "Bình Thuận",
        DECIDED,
        "Trưởng ban",
        "Nguyễn Văn Thành");
  }

  /** The text of those pages, composed, on one line with single spaces. */
  private static String text(PDDocument document, int from, int to) throws IOException {
    var stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    var text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }

  private static void assertEmbedsTheFont(PDDocument document) throws IOException {
    for (var page : document.getPages()) {
      var resources = page.getResources();
      assertThat(resources.getFontNames()).isNotEmpty();
      for (var name : resources.getFontNames()) {
        var font = resources.getFont(name);
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(font.isEmbedded()).isTrue();
        assertThat(font.getName()).contains("DejaVuSerif");
      }
    }
  }

  /** Writes the PDF and a 100 dpi picture of each page to target/documents. */
  private static void save(String name, byte[] pdf) throws IOException {
    Files.createDirectories(OUT);
    Files.write(OUT.resolve(name + ".pdf"), pdf);
    try (var document = Loader.loadPDF(pdf)) {
      var renderer = new PDFRenderer(document);
      for (var page = 0; page < document.getNumberOfPages(); page++) {
        var suffix = page == 0 ? "" : "-" + (page + 1);
        ImageIO.write(
            renderer.renderImageWithDPI(page, 100),
            "png",
            OUT.resolve(name + suffix + ".png").toFile());
      }
    }
  }
}
