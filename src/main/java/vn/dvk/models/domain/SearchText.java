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
    var parts = new ArrayList<String>();
    parts.add(details.title());
    parts.add(details.personName());
    parts.addAll(unitChainNames);
    parts.add(details.contentMethod());
    parts.add(details.situation());
    parts.add(details.objectives());
    var folded =
        TextFolding.fold(
            parts.stream().filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" ")));
    return folded.length() <= MAX_LENGTH ? folded : folded.substring(0, MAX_LENGTH);
  }
}
