package vn.dvk.recognition.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dvk.recognition.DecisionView;
import vn.dvk.recognition.RecognitionPapers;

/** A PDF answered to be shown in the browser, named for saving. */
final class Pdf {

  private Pdf() {}

  static ResponseEntity<byte[]> inline(byte[] pdf, String filename) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(pdf);
  }

  /** A decision's PDF with its list, named from its number. */
  static ResponseEntity<byte[]> decision(RecognitionPapers papers, DecisionView decision) {
    return inline(papers.decision(decision.id()), name("quyet-dinh", decision.number()));
  }

  /** The certificate of one model a decision recognizes. */
  static ResponseEntity<byte[]> certificate(
      RecognitionPapers papers, DecisionView decision, long recognitionId) {
    return inline(
        papers.certificate(decision.id(), recognitionId),
        name("giay-cong-nhan-" + recognitionId, decision.number()));
  }

  /** A file name from a document number: “15-QĐ/BDVTU” → “15-QD-BDVTU”. */
  static String name(String prefix, String number) {
    var ascii =
        java.text.Normalizer.normalize(
                number.replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9-]+", "-");
    return prefix + "-" + ascii + ".pdf";
  }
}
