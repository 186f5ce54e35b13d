package vn.dvk.models.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.models.ModelAttachments;
import vn.dvk.shared.LocalizedException;

/** Attaching photos and documents to a model, and serving them to those who may read it. */
@Controller
class AttachmentController {

  private final ModelAttachments attachments;
  private final MessageSource messages;

  AttachmentController(ModelAttachments attachments, MessageSource messages) {
    this.attachments = attachments;
    this.messages = messages;
  }

  @PostMapping("/models/{id}/attachments")
  String attach(
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String caption,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    try {
      attachments.attach(id, file.getOriginalFilename(), file.getBytes(), caption);
      redirect.addFlashAttribute("notice", "attachments.saved");
    } catch (LocalizedException refused) {
      redirect.addFlashAttribute(
          "attachmentError",
          messages.getMessage(refused.messageKey(), refused.arguments(), locale));
    }
    return "redirect:/models/" + id + "#attachments";
  }

  @GetMapping("/models/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
    return file(attachments.content(id, attachmentId));
  }

  @GetMapping("/models/{id}/attachments/{attachmentId}/thumbnail")
  ResponseEntity<byte[]> thumbnail(@PathVariable long id, @PathVariable long attachmentId) {
    return thumbnail(attachments.thumbnail(id, attachmentId));
  }

  /**
   * A stored file as the page and the API serve it: photos and PDFs shown in the browser, other
   * documents saved; never sniffed into another type, never kept by a shared cache.
   */
  static ResponseEntity<byte[]> file(ModelAttachments.Content content) {
    var inline =
        content.contentType().startsWith("image/") || content.contentType().endsWith("/pdf");
    var disposition =
        (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(content.fileName(), StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noCache().cachePrivate())
        .body(content.bytes());
  }

  /** A photo's JPEG thumbnail, kept an hour by the reader's own browser. */
  static ResponseEntity<byte[]> thumbnail(byte[] jpeg) {
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_JPEG)
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
        .body(jpeg);
  }
}
