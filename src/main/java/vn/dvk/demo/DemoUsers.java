package vn.dvk.demo;

import java.util.List;
import java.util.stream.Stream;
import vn.dvk.identity.NewUserAccount;
import vn.dvk.identity.Role;

/** The demo users the README lists: one per role, at least, with their home units. */
final class DemoUsers {

  private record User(String username, String displayName, Role role, String unitCode) {}

  private static final List<User> USERS =
      List.of(
          new User("admin", "Quản trị hệ thống", Role.ADMINISTRATOR, "BT"),
          new User("reviewer", "Chuyên viên Ban Dân vận Tỉnh ủy", Role.REVIEWER, "BT"),
          new User("duclinh", "Cán bộ Ban Dân vận Huyện ủy Đức Linh", Role.OFFICER, "BT.DL"),
          new User("tanhlinh.xa", "Cán bộ dân vận xã Gia An", Role.OFFICER, "BT.TL.GIAAN"),
          new User("council", "Thành viên Hội đồng xét công nhận", Role.COUNCIL_MEMBER, "BT"),
          new User("council2", "Ủy viên Hội đồng xét công nhận", Role.COUNCIL_MEMBER, "BT"),
          new User("council3", "Ủy viên Hội đồng xét công nhận", Role.COUNCIL_MEMBER, "BT"),
          new User("leader", "Trưởng Ban Dân vận Tỉnh ủy", Role.LEADER, "BT"),
          new User("tanhlinh", "Cán bộ Ban Dân vận Huyện ủy Tánh Linh", Role.OFFICER, "BT.TL"),
          new User(
              "duclinh.reviewer",
              "Chuyên viên Ban Dân vận Huyện ủy Đức Linh",
              Role.REVIEWER,
              "BT.DL"));

  /** The users of the nation and the old Lâm Đồng. */
  private static final List<User> OTHERS =
      List.of(
          new User("national", "Quản trị hệ thống toàn quốc", Role.ADMINISTRATOR, "VN"),
          new User("lamdong", "Chuyên viên Ban Dân vận Tỉnh ủy Lâm Đồng", Role.REVIEWER, "LD"));

  private DemoUsers() {}

  /**
   * Every demo user, Bình Thuận's first, all with the same password (no e-mail addresses), created
   * together once their units exist: the password is hashed once.
   */
  static List<NewUserAccount> all(String password) {
    return Stream.concat(USERS.stream(), OTHERS.stream())
        .map(
            u ->
                new NewUserAccount(
                    u.username(), u.displayName(), null, u.role(), u.unitCode(), password))
        .toList();
  }

  static int count() {
    return USERS.size() + OTHERS.size();
  }
}
