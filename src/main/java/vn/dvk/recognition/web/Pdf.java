package vn.dvk.recognition.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

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
