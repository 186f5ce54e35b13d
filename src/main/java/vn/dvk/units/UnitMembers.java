package vn.dvk.units;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The people whose home is a unit, as a restructure plan needs them: to list whom it re-homes, and
 * to re-home them in the same transaction as the tree changes. The identity module implements it.
 */
public interface UnitMembers {

  /** A user and their home unit. */
  record Member(String username, String displayName, String unitCode) {}

  /** The users whose home is one of the units. */
  List<Member> homedIn(Collection<String> unitCodes);

  /** The users of these names that exist, by name. */
  Map<String, Member> named(Collection<String> usernames);

  /** Gives each user (by name) a new home unit. */
  void rehome(Map<String, String> homeByUsername);
}
