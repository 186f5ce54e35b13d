package vn.dvk.showcase.domain;

import static vn.dvk.shared.Texts.blankToNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import vn.dvk.models.ModelView;
import vn.dvk.models.OwnerKind;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;
import vn.dvk.shared.TextFolding;
import vn.dvk.showcase.PublicVersion;
import vn.dvk.showcase.domain.PublicationRepository.Draft;

/**
 * What a public version must be: a title and a summary within their lengths, at most {@value
 * PublicVersion#MAX_PHOTOS} of the model's own photos, each once; an individual's name shown only
 * with their recorded consent — and without it, named nowhere in the title or the summary either
 * (case and diacritics aside), since the public pages print them whatever the flag says.
 */
public final class PublicVersionRules {

  private static final int MAX_TITLE = 500;

  private PublicVersionRules() {}

  /** The draft to store, or {@link InvalidInputException} naming every broken rule. */
  public static Draft check(ModelView model, PublicVersion version, List<Long> photos) {
    var violations = new ArrayList<Violation>();
    var title = blankToNull(version.title());
    var summary = blankToNull(version.summary());
    required("title", title, MAX_TITLE, violations);
    required("summary", summary, PublicVersion.MAX_SUMMARY, violations);
    var consent = blankToNull(version.consentNote());
    var individual = model.details().ownerKind() == OwnerKind.INDIVIDUAL;
    if (version.showPerson()) {
      if (!individual) {
        violations.add(new Violation("showPerson", "showcase.error.not-individual"));
      } else if (consent == null) {
        violations.add(new Violation("consentNote", "showcase.error.consent-required"));
      }
    } else if (individual) {
      var person = model.details().personName();
      unnamed("title", title, person, violations);
      unnamed("summary", summary, person, violations);
    }
    checkPhotos(version.photoIds(), photos, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new Draft(
        title,
        summary,
        version.showPerson(),
        version.showPerson() ? consent : null,
        version.photoIds());
  }

  /** Whether the text names the person: their whole name, as words, case and marks aside. */
  public static boolean names(String text, String person) {
    var name = TextFolding.fold(person);
    if (text == null || name.isEmpty()) {
      return false;
    }
    return Pattern.compile("(^| )" + Pattern.quote(name) + "( |$)")
        .matcher(TextFolding.fold(text))
        .find();
  }

  /**
   * The text without the person's name where it is written as given (“Tổ hòa giải – Ngô Văn Vy” →
   * “Tổ hòa giải”): for titles written before a public version existed.
   */
  public static String withoutName(String text, String person) {
    if (text == null || person == null || person.isBlank() || !text.contains(person)) {
      return text;
    }
    var cut = text.replace(person, " ").replaceAll("\\s*[–—-]\\s*(?=\\s|$)", " ");
    return cut.replaceAll("\\s{2,}", " ").replaceAll("^[\\s,;:–—-]+|[\\s,;:–—-]+$", "");
  }

  private static void unnamed(
      String field, String text, String person, List<Violation> violations) {
    if (names(text, person)) {
      violations.add(new Violation(field, "showcase.error.name-without-consent", person));
    }
  }

  private static void required(String field, String text, int max, List<Violation> violations) {
    if (text == null) {
      violations.add(new Violation(field, "validation.required"));
    } else if (text.length() > max) {
      violations.add(new Violation(field, "validation.too-long", max));
    }
  }

  private static void checkPhotos(List<Long> chosen, List<Long> photos, List<Violation> found) {
    if (chosen.size() > PublicVersion.MAX_PHOTOS) {
      found.add(new Violation("photoIds", "showcase.error.too-many-photos", 12));
    }
    if (new HashSet<>(chosen).size() != chosen.size()) {
      found.add(new Violation("photoIds", "showcase.error.photo-twice"));
    }
    for (var id : chosen) {
      if (!photos.contains(id)) {
        found.add(new Violation("photoIds", "showcase.error.not-a-photo", String.valueOf(id)));
      }
    }
  }
}
