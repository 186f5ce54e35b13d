package vn.dvk.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dvk.identity.domain.UserRepository;
import vn.dvk.identity.security.UserSessions;
import vn.dvk.units.UnitMembers;

/**
 * The users of the units a restructure plan changes. A re-homed user's move is audited and their
 * sessions end, so that their next sign-in reads their new scope.
 */
@Component
class UnitHomes implements UnitMembers {

  private final UserRepository users;
  private final UserSessions sessions;
  private final AdministeredAccounts administered;
  private final Scope scope;

  UnitHomes(
      UserRepository users, UserSessions sessions, AdministeredAccounts administered, Scope scope) {
    this.users = users;
    this.sessions = sessions;
    this.administered = administered;
    this.scope = scope;
  }

  @Override
  public List<Member> homedIn(Collection<String> unitCodes) {
    return users.findByUnits(unitCodes).stream().map(UnitHomes::member).toList();
  }

  @Override
  public Map<String, Member> named(Collection<String> usernames) {
    return users.findByUsernames(usernames).stream()
        .map(UnitHomes::member)
        .collect(Collectors.toMap(Member::username, Function.identity()));
  }

  /** Each move is audited as the administrator's who applied the plan. */
  @Override
  public void rehome(Map<String, String> homeByUsername) {
    var before = users.findByUsernames(homeByUsername.keySet());
    users.rehome(homeByUsername);
    var actor = scope.requireUser();
    for (var account : before) {
      administered.record(
          actor,
          "USER_REHOMED",
          account,
          Map.of("unitCode", account.unitCode()),
          Map.of("unitCode", homeByUsername.get(account.username())));
    }
    homeByUsername.keySet().forEach(sessions::endOthers);
  }

  private static Member member(UserAccount account) {
    return new Member(account.username(), account.displayName(), account.unitCode());
  }
}
