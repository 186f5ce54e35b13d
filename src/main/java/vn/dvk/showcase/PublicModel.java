package vn.dvk.showcase;

import java.time.Instant;
import java.util.List;
import vn.dvk.models.OwnerKind;
import vn.dvk.units.Level;

/**
 * A model as the public sees it: its approved public text and photos, where it comes from, and the
 * recognition it stands on (the highest level, the latest decision). The person's name is there
 * only when their consent was recorded and the reviewer chose to show it.
 */
public record PublicModel(
    long id,
    String slug,
    String title,
    String summary,
    String unitCode,
    String unitName,
    String districtCode,
    String districtName,
    String fieldCode,
    List<String> movementCodes,
    OwnerKind ownerKind,
    String personName,
    String personPosition,
    Level level,
    int recognitionYear,
    String decisionNumber,
    List<Long> photoIds,
    Instant publishedAt,
    int copies,
    String folded) {

  /** The address of its page: the number, then the title in plain letters, for people to read. */
  public String path() {
    return "/showcase/models/" + id + "/" + slug;
  }
}
