package vn.dvk.showcase;

import java.util.List;

/**
 * What the public will read of a model: a title and a summary written for the public, the photos
 * chosen among the model's images, and — for an individual — whether their name is shown, which
 * needs their recorded consent (who agreed, how and when).
 */
public record PublicVersion(
    String title, String summary, List<Long> photoIds, boolean showPerson, String consentNote) {

  public static final int MAX_PHOTOS = 12;
  public static final int MAX_SUMMARY = 5000;

  public PublicVersion {
    photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
  }
}
