package vn.dvk.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A workbook sent as a download (a template, an export): its type, its file name, its bytes. */
public final class XlsxDownload {

  public static final String TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Writes the workbook to a stream. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  private XlsxDownload() {}

  public static void send(HttpServletResponse response, String fileName, Writer workbook)
      throws IOException {
    response.setContentType(TYPE);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(fileName).build().toString());
    workbook.writeTo(response.getOutputStream());
  }
}
