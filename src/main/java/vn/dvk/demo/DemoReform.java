package vn.dvk.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.dvk.models.ModelBulkLoader;
import vn.dvk.recognition.RecognitionBulkLoader;
import vn.dvk.units.Restructures;
import vn.dvk.units.UnitKind;

/**
 * The demo's reform of 1 July 2025 and the years after it. The reform is a restructure plan
 * submitted and applied by the national administrator, as a customer would; its users follow their
 * units to the successors. After it, the new commune-level units register models of their own in
 * 2026, and the new units and the province hold their rounds of 2025 and 2026. Runs in the caller's
 * transaction.
 */
@Component
class DemoReform {

  /** New models registered in 2026 by the units of the new Lâm Đồng. */
  static final int NEW_2026 = 520;

  private static final String NATIONAL = "national";

  private final Restructures restructures;
  private final UserDetailsService users;
  private final ModelBulkLoader loader;
  private final RecognitionBulkLoader recognitions;
  private final ReformPlan plan =
      new ReformPlan(DemoUnits.binhThuan(), DemoUnits.lamDong(), DemoUnits.dakNong());

  DemoReform(
      Restructures restructures,
      UserDetailsService users,
      ModelBulkLoader loader,
      RecognitionBulkLoader recognitions) {
    this.restructures = restructures;
    this.users = users;
    this.loader = loader;
    this.recognitions = recognitions;
  }

  /** Submits and applies the plan as the national administrator; returns the plan's id. */
  long apply() {
    return asNational(
        () -> {
          var submitted =
              restructures.submit(ReformPlan.EFFECTIVE, ReformPlan.TITLE, plan.changes());
          return restructures.apply(submitted.id()).id();
        });
  }

  /** The years after the reform: 2026's new models, then the rounds of 2025 and 2026. */
  DemoHistory.Loaded after() {
    var recognizing = plan.recognizing();
    var owners = new ArrayList<>(recognizing.values());
    for (var tree : List.of(DemoUnits.binhThuan(), DemoUnits.lamDong(), DemoUnits.dakNong())) {
      tree.stream()
          .filter(u -> u.kind() == UnitKind.AGENCY || u.kind() == UnitKind.PARTY_CELL)
          .forEach(owners::add);
    }
    var fresh = new LaterRegistrations(2026).fresh(owners, 2026, NEW_2026);
    var models = loader.load(fresh.iterator(), n -> {});
    var rounds =
        new ReformRecognitions(recognitions, plan, recognizing, 2026).load(loader::registeredIn);
    return new DemoHistory.Loaded(plan.newCommunes().size() + 1, models, rounds);
  }

  /**
   * Runs the work signed in as the national administrator, with the principal the application
   * builds at sign-in; whatever was signed in before is restored.
   */
  private <T> T asNational(Supplier<T> work) {
    var previous = SecurityContextHolder.getContext().getAuthentication();
    var user = users.loadUserByUsername(NATIONAL);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
      if (previous != null) {
        SecurityContextHolder.getContext().setAuthentication(previous);
      }
    }
  }
}
