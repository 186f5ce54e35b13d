package vn.dvk.recognition.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Spreads a round's proposals evenly over its council: each proposal gets {@code perProposal}
 * members (or all who may judge it, if fewer), always those with the fewest proposals so far, never
 * a member who may not judge it.
 */
public final class Assignments {

  private Assignments() {}

  /**
   * @param mayJudge whether a member (first) may judge a proposal (second)
   * @return for each proposal, in the order given, its members
   */
  public static Map<Long, Set<String>> spread(
      List<Long> proposals,
      List<String> members,
      int perProposal,
      BiPredicate<String, Long> mayJudge) {
    var load = new HashMap<String, Integer>();
    members.forEach(member -> load.put(member, 0));
    var result = new LinkedHashMap<Long, Set<String>>();
    for (var proposal : proposals) {
      var candidates =
          new ArrayList<>(members.stream().filter(m -> mayJudge.test(m, proposal)).toList());
      candidates.sort(
          Comparator.comparing((String m) -> load.get(m)).thenComparing(members::indexOf));
      var chosen =
          new LinkedHashSet<>(candidates.subList(0, Math.min(perProposal, candidates.size())));
      chosen.forEach(m -> load.merge(m, 1, Integer::sum));
      result.put(proposal, chosen);
    }
    return result;
  }
}
