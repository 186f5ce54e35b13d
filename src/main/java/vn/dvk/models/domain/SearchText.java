package vn.dvk.models.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.dvk.models.ModelDetails;
import vn.dvk.shared.TextFolding;

/**
 * What search looks in: the title first (so that a title's folded form starts the text), the
 * person, the names of the unit and of every unit above it, then the description.
 */
public final class SearchText {

  public static final int MAX_LENGTH = 4000;

  private SearchText() {}

  public static String of(ModelDetails details, List<String> unitChainNames) {
    return of(
        details.title(),
        details.personName(),
        details.contentMethod(),
        details.situation(),
        details.objectives(),
        unitChainNames);
  }

  /** The same from the stored columns alone (when only the unit's names changed). */
  public static String of(
      String title,
      String personName,
      String contentMethod,
      String situation,
      String objectives,
      List<String> unitChainNames) {
    var parts = new ArrayList<String>();
    parts.add(title);
    parts.add(personName);
    parts.addAll(unitChainNames);
    parts.add(contentMethod);
    parts.add(situation);
    parts.add(objectives);
    var folded =
        TextFolding.fold(
            parts.stream().filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" ")));
    return folded.length() <= MAX_LENGTH ? folded : folded.substring(0, MAX_LENGTH);
  }
}
