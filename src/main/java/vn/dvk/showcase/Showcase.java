package vn.dvk.showcase;

import static vn.dvk.shared.Texts.isBlank;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.dvk.models.AttachmentView;
import vn.dvk.models.ModelAttachments;
import vn.dvk.replication.Replications;
import vn.dvk.reporting.PublicFigures;
import vn.dvk.shared.NotFoundException;
import vn.dvk.shared.TextFolding;
import vn.dvk.shared.storage.ImageMetadata;
import vn.dvk.units.Level;
import vn.dvk.units.UnitView;

/**
 * The public showcase, for anyone: the catalogue with its search and filters, a model's page with
 * its photos and lineage, and the yearly figures. Everything comes from {@link ShowcaseCatalogue},
 * so nothing that is not approved and recognized can appear.
 */
@Service
public class Showcase {

  public static final int PAGE_SIZE = 24;

  private final ShowcaseCatalogue catalogue;
  private final ModelAttachments attachments;
  private final Replications replications;

  Showcase(ShowcaseCatalogue catalogue, ModelAttachments attachments, Replications replications) {
    this.catalogue = catalogue;
    this.attachments = attachments;
    this.replications = replications;
  }

  /** What the public asks the catalogue: words, filters and a page (from 0). */
  public record Query(
      String q, Integer year, Level level, String field, String movement, String unit, int page) {

    public static Query all() {
      return new Query(null, null, null, null, null, null, 0);
    }
  }

  /** One page of public models, with how many match in all. */
  public record Page(List<PublicModel> items, int total, int page, int size) {

    public int pages() {
      return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
      return (page + 1) * size < total;
    }

    public boolean hasPrevious() {
      return page > 0;
    }
  }

  /** A public model's page: the model, the public model it learned from, its public copies. */
  public record ModelPage(
      PublicModel model,
      PublicModel source,
      List<Copy> copies,
      int allCopies,
      Map<String, Integer> copiesByDistrict) {}

  /** A public copy in a lineage, with its depth below the model. */
  public record Copy(PublicModel model, int depth) {}

  public Page find(Query query, int size) {
    var words = TextFolding.fold(query.q());
    var terms = words.isEmpty() ? new String[0] : words.split(" ");
    var matching =
        catalogue.published().models().stream()
            .filter(m -> matches(m.folded(), terms))
            .filter(m -> query.year() == null || m.recognitionYear() == query.year())
            .filter(m -> query.level() == null || m.level() == query.level())
            .filter(m -> isBlank(query.field()) || m.fieldCode().equals(query.field()))
            .filter(m -> isBlank(query.movement()) || m.movementCodes().contains(query.movement()))
            .filter(
                m ->
                    isBlank(query.unit())
                        || m.districtCode().equals(query.unit())
                        || m.unitCode().equals(query.unit()))
            .toList();
    var page = Math.max(0, Math.min(query.page(), matching.size() / Math.max(1, size)));
    var from = Math.min(page * size, matching.size());
    var to = Math.min(from + size, matching.size());
    return new Page(matching.subList(from, to), matching.size(), page, size);
  }

  /** Every public model, in the catalogue's order (the open data). */
  public List<PublicModel> all() {
    return catalogue.published().models();
  }

  public PublicModel model(long id) {
    return Optional.ofNullable(catalogue.published().byId().get(id))
        .orElseThrow(() -> notFound(id));
  }

  public ModelPage page(long id) {
    var model = model(id);
    var published = catalogue.published().byId();
    var tree = catalogue.lineage(id);
    var copies =
        tree.copies().stream()
            .filter(node -> published.containsKey(node.modelId()))
            .map(node -> new Copy(published.get(node.modelId()), node.depth()))
            .toList();
    // Drafts and withdrawn copies are not places the model spread to; the public counts the rest.
    var byDistrict = new java.util.LinkedHashMap<String, Integer>();
    tree.copies().stream()
        .filter(Replications.Node::isApproved)
        .forEach(node -> byDistrict.merge(node.districtName(), 1, Integer::sum));
    var approved = byDistrict.values().stream().mapToInt(Integer::intValue).sum();
    var source = replications.disseminatedSource(id).map(published::get).orElse(null);
    return new ModelPage(model, source, copies, approved, byDistrict);
  }

  /** A photo chosen for a public model (the thumbnail when asked), and nothing else. */
  public ModelAttachments.Content photo(long modelId, long attachmentId, boolean thumbnail) {
    var model = model(modelId);
    if (!model.photoIds().contains(attachmentId)) {
      throw notFound(modelId);
    }
    if (thumbnail) {
      var name =
          attachments.disseminatedOf(modelId).stream()
              .filter(a -> a.id() == attachmentId)
              .map(AttachmentView::fileName)
              .findFirst()
              .orElseThrow(() -> notFound(modelId));
      return new ModelAttachments.Content(
          name, "image/jpeg", attachments.disseminatedThumbnail(modelId, attachmentId));
    }
    var photo = attachments.disseminated(modelId, attachmentId);
    var stripped = ImageMetadata.strip(photo.bytes(), photo.contentType());
    if (stripped.length == 0) {
      throw notFound(modelId);
    }
    return new ModelAttachments.Content(photo.fileName(), photo.contentType(), stripped);
  }

  public PublicFigures figures() {
    return catalogue.figures();
  }

  /** The values the catalogue's filters offer: years, district-level units. */
  public List<Integer> years() {
    return catalogue.published().models().stream()
        .map(PublicModel::recognitionYear)
        .distinct()
        .sorted(Comparator.reverseOrder())
        .collect(Collectors.toList());
  }

  public List<UnitView> districts() {
    return catalogue.published().districts();
  }

  private static boolean matches(String folded, String[] terms) {
    var padded = " " + folded + " ";
    for (var term : terms) {
      if (!padded.contains(" " + term)) {
        return false;
      }
    }
    return true;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("showcase.error.not-found", String.valueOf(id));
  }
}
