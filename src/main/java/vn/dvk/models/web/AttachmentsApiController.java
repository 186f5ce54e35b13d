package vn.dvk.models.web;

import java.io.IOException;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dvk.models.AttachmentView;
import vn.dvk.models.ModelAttachments;
import vn.dvk.shared.web.ApiInput;
import vn.dvk.shared.web.ApiLists;
import vn.dvk.shared.web.ApiPage;

/**
 * A model's photos and documents over JSON: their descriptions, an upload ({@code multipart/form-
 * data}, field {@code file}, optional {@code caption}), the file itself and a photo's thumbnail.
 * The type is read from the content and the size limited, as on the page.
 */
@RestController
@RequestMapping("/api/v1/models/{id}/attachments")
class AttachmentsApiController {

  private final ModelAttachments attachments;

  AttachmentsApiController(ModelAttachments attachments) {
    this.attachments = attachments;
  }

  @GetMapping
  ApiPage<AttachmentView> list(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiPage.slice(attachments.of(id), page, size);
  }

  @GetMapping("/{attachmentId}")
  AttachmentView one(@PathVariable long id, @PathVariable long attachmentId) {
    return ApiLists.one(
        attachments.of(id),
        a -> a.id() == attachmentId,
        "attachments.error.not-found",
        attachmentId);
  }

  @PostMapping(consumes = "multipart/form-data")
  ResponseEntity<AttachmentView> upload(
      @PathVariable long id,
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String caption)
      throws IOException {
    if (file == null) {
      throw ApiInput.required("file");
    }
    var saved = attachments.attach(id, file.getOriginalFilename(), file.getBytes(), caption);
    return ResponseEntity.created(URI.create("/api/v1/models/" + id + "/attachments/" + saved.id()))
        .body(saved);
  }

  @GetMapping("/{attachmentId}/content")
  ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable long attachmentId) {
    return AttachmentController.file(attachments.content(id, attachmentId));
  }

  @GetMapping("/{attachmentId}/thumbnail")
  ResponseEntity<byte[]> thumbnail(@PathVariable long id, @PathVariable long attachmentId) {
    return AttachmentController.thumbnail(attachments.thumbnail(id, attachmentId));
  }
}
