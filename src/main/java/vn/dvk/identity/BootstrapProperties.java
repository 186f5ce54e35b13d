package vn.dvk.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dvk.units.UnitKind;

/**
 * The first administrator and their root unit, for a first start on an empty database: {@code
 * DVK_BOOTSTRAP_ADMIN_USERNAME}, {@code DVK_BOOTSTRAP_ADMIN_PASSWORD}, {@code
 * DVK_BOOTSTRAP_ROOT_CODE}, {@code DVK_BOOTSTRAP_ROOT_NAME} and {@code DVK_BOOTSTRAP_ROOT_KIND}
 * ({@code PROVINCE} unless set), i.e. {@code dvk.bootstrap.admin.*} and {@code
 * dvk.bootstrap.root.*}. Either all four texts are given, or none.
 */
@ConfigurationProperties("dvk.bootstrap")
record BootstrapProperties(Admin admin, Root root) {

  BootstrapProperties {
    admin = admin == null ? new Admin(null, null) : admin;
    root = root == null ? new Root(null, null, null) : root;
  }

  record Admin(String username, String password) {}

  record Root(String code, String name, UnitKind kind) {

    Root {
      kind = kind == null ? UnitKind.PROVINCE : kind;
    }
  }

  /** Whether any of the settings is given (then all must be). */
  boolean given() {
    return missing().size() < 4;
  }

  /** The names of the settings left out, as the environment spells them. */
  List<String> missing() {
    var missing = new ArrayList<String>();
    addIfBlank(missing, admin.username(), "DVK_BOOTSTRAP_ADMIN_USERNAME");
    addIfBlank(missing, admin.password(), "DVK_BOOTSTRAP_ADMIN_PASSWORD");
    addIfBlank(missing, root.code(), "DVK_BOOTSTRAP_ROOT_CODE");
    addIfBlank(missing, root.name(), "DVK_BOOTSTRAP_ROOT_NAME");
    return missing;
  }

  /** Refuses a partial setting: the start fails and says what is missing. */
  void requireWhole() {
    var missing = missing();
    if (!missing.isEmpty() && missing.size() < 4) {
      throw new IllegalStateException(
          "The first administrator's settings are incomplete: set "
              + String.join(", ", missing)
              + " as well, or none of the DVK_BOOTSTRAP_* settings (see the README, Going live)");
    }
  }

  private static void addIfBlank(List<String> missing, String value, String name) {
    if (value == null || value.isBlank()) {
      missing.add(name);
    }
  }
}
