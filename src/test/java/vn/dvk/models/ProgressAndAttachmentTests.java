package vn.dvk.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.models.domain.AttachmentFiles;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ForbiddenException;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.storage.ContentTypes;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;

@IntegrationTest
class ProgressAndAttachmentTests {

  /** A 1×1 lossless WebP image. */
  private static final byte[] WEBP =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  /** One model a test: a unit registers a title once a year. */
  private static final java.util.concurrent.atomic.AtomicInteger SERIAL =
      new java.util.concurrent.atomic.AtomicInteger();

  @Autowired MobilizationModels models;
  @Autowired Registrations registrations;
  @Autowired ProgressReports progress;
  @Autowired ModelAttachments attachments;
  @Autowired Acting acting;

  private ModelView model;

  @BeforeEach
  void aModelOfACommuneOfTanhLinh() {
    model =
        acting.as(
            "tanhlinh.xa",
            () ->
                models.create(
                    Models.collective(
                        "Kết quả: Đường làng " + SERIAL.incrementAndGet(), "BT.TL.GIAAN"),
                    2024));
  }

  @Test
  void progressIsReportedOnlyOnceTheRegistrationIsApproved() {
    assertThatThrownBy(
            () -> acting.run("tanhlinh.xa", () -> report(LocalDate.of(2024, 5, 1), "1.2")))
        .isInstanceOf(BusinessRuleException.class)
        .hasFieldOrPropertyWithValue("messageKey", "progress.error.not-registered");

    approve();
    acting.run("tanhlinh.xa", () -> report(LocalDate.of(2024, 5, 1), "1.4"));
    acting.run("tanhlinh.xa", () -> report(LocalDate.of(2024, 9, 1), "2.8"));

    var state =
        acting
            .as("tanhlinh.xa", () -> models.get(model.id()))
            .registration(2024)
            .orElseThrow()
            .state();
    assertThat(state).isEqualTo(RegistrationState.IN_PROGRESS);
    var road =
        acting.as("tanhlinh.xa", () -> progress.progress(model.id())).stream()
            .filter(p -> p.indicatorCode().equals("ROAD_BUILT"))
            .findFirst()
            .orElseThrow();
    assertThat(road.reported()).isEqualByComparingTo("2.8");
    assertThat(road.verified()).isNull();
    assertThat(road.percent()).isEqualTo(80);
  }

  @Test
  void onlyTheModelsIndicatorsCanBeReported() {
    approve();
    assertThatThrownBy(
            () ->
                acting.run(
                    "tanhlinh.xa",
                    () ->
                        progress.report(
                            model.id(),
                            LocalDate.of(2024, 5, 1),
                            null,
                            Map.of("PEOPLE_TRAINED", BigDecimal.TEN))))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aReviewerAboveVerifiesButNeitherTheReporterNorAnOfficer() {
    approve();
    var report = acting.as("tanhlinh.xa", () -> report(LocalDate.of(2024, 6, 1), "3"));

    assertThatThrownBy(
            () -> acting.run("tanhlinh", () -> progress.verify(model.id(), report.id(), List.of())))
        .isInstanceOf(ForbiddenException.class);
    assertThat(acting.as("reviewer", () -> progress.verify(model.id(), report.id(), List.of())))
        .isEqualTo(2);

    var road =
        acting.as("reviewer", () -> progress.progress(model.id())).stream()
            .filter(p -> p.indicatorCode().equals("ROAD_BUILT"))
            .findFirst()
            .orElseThrow();
    assertThat(road.verified()).isEqualByComparingTo("3");
  }

  @Test
  void photosGetThumbnailsAndTheTypeComesFromTheContent() throws IOException {
    var png = png();
    var photo =
        acting.as(
            "tanhlinh.xa", () -> attachments.attach(model.id(), "anh.pdf", png, "Lễ khánh thành"));
    var webp =
        acting.as("tanhlinh.xa", () -> attachments.attach(model.id(), "anh.webp", WEBP, null));

    assertThat(photo.contentType()).isEqualTo(ContentTypes.PNG);
    assertThat(photo.hasThumbnail()).isTrue();
    assertThat(webp.contentType()).isEqualTo(ContentTypes.WEBP);
    assertThat(webp.hasThumbnail()).isTrue();
    var thumbnail = acting.as("tanhlinh.xa", () -> attachments.thumbnail(model.id(), photo.id()));
    var image = ImageIO.read(new java.io.ByteArrayInputStream(thumbnail));
    assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(320);
  }

  @Test
  void documentsAreAcceptedAndOtherFilesRefused() throws IOException {
    var pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
    assertThat(
            acting
                .as("tanhlinh.xa", () -> attachments.attach(model.id(), "bien-ban.pdf", pdf, null))
                .contentType())
        .isEqualTo(ContentTypes.PDF);
    assertThat(
            acting
                .as(
                    "tanhlinh.xa",
                    () -> attachments.attach(model.id(), "so-lieu.xlsx", xlsx(), null))
                .contentType())
        .isEqualTo(ContentTypes.XLSX);
    assertThat(
            acting
                .as(
                    "tanhlinh.xa",
                    () -> attachments.attach(model.id(), "bao-cao.docx", docx(), null))
                .contentType())
        .isEqualTo(ContentTypes.DOCX);

    assertThatThrownBy(
            () ->
                acting.run(
                    "tanhlinh.xa",
                    () ->
                        attachments.attach(
                            model.id(), "anh.jpg", "MZ not a photo".getBytes(), null)))
        .hasFieldOrPropertyWithValue("messageKey", "attachments.error.type");
    var tooLarge = new byte[(int) attachments.maxSize().toBytes() + 1];
    System.arraycopy(png(), 0, tooLarge, 0, 8);
    assertThatThrownBy(
            () ->
                acting.run(
                    "tanhlinh.xa", () -> attachments.attach(model.id(), "big.png", tooLarge, null)))
        .hasFieldOrPropertyWithValue("messageKey", "attachments.error.too-large");
    assertThat(acting.as("tanhlinh.xa", () -> attachments.of(model.id()))).hasSize(3);
  }

  @Test
  void aPhotoDeclaringTooManyPixelsIsRefusedBeforeItIsDecoded() {
    var bomb = vn.dvk.support.TestImages.jpegDeclaring(20_000, 20_000);

    assertThatThrownBy(
            () ->
                acting.run(
                    "tanhlinh.xa", () -> attachments.attach(model.id(), "bom.jpg", bomb, null)))
        .hasFieldOrPropertyWithValue("messageKey", "attachments.error.too-many-pixels");
    assertThat(acting.as("tanhlinh.xa", () -> attachments.of(model.id()))).isEmpty();
  }

  @Test
  void aFilesNameLosesControlCharactersAndDirectionOverrides() {
    var photo =
        acting.as(
            "tanhlinh.xa",
            () -> attachments.attach(model.id(), "C:\\anh\r\n\u202egpj.exe", png(), null));

    assertThat(photo.fileName()).isEqualTo("anhgpj.exe");
    assertThat(AttachmentFiles.cleanName("\u0000\u200f\r")).isEqualTo("tep");
    assertThat(AttachmentFiles.cleanName("../Ảnh lễ khánh thành.jpg"))
        .isEqualTo("Ảnh lễ khánh thành.jpg");
  }

  @Test
  void attachmentsOfAModelOutOfScopeDoNotExist() throws IOException {
    var photo =
        acting.as("tanhlinh.xa", () -> attachments.attach(model.id(), "anh.png", png(), null));

    assertThatThrownBy(
            () -> acting.run("duclinh", () -> attachments.content(model.id(), photo.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> acting.run("duclinh", () -> attachments.attach(model.id(), "x.png", png(), null)))
        .isInstanceOf(NotFoundException.class);
  }

  private void approve() {
    acting.run(
        "tanhlinh.xa", () -> registrations.act(model.id(), 2024, RegistrationAction.SUBMIT, null));
    acting.run(
        "tanhlinh", () -> registrations.act(model.id(), 2024, RegistrationAction.APPROVE, null));
  }

  private ProgressReportView report(LocalDate date, String road) {
    return progress.report(
        model.id(),
        date,
        "Báo cáo",
        Map.of("ROAD_BUILT", new BigDecimal(road), "LAND_DONATED", BigDecimal.valueOf(500)));
  }

  private static byte[] png() {
    return vn.dvk.support.TestImages.png(800, 600);
  }

  private static byte[] xlsx() {
    try (var workbook = new XSSFWorkbook()) {
      workbook.createSheet("a");
      var out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] docx() {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes());
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
