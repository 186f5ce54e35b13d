package vn.dvk.models.domain;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.dvk.models.RegistrationAction;
import vn.dvk.models.RegistrationView;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;

/**
 * Who may move a year's registration, and where to. The unit that owns the model (or one above it
 * in the same chain) drafts, submits, starts and withdraws; a superior unit approves or returns —
 * or, for the root unit's own models, which have nothing above them, the root unit itself — and
 * never the person who submitted it (maker and checker are different people).
 */
public final class RegistrationWorkflow {

  private RegistrationWorkflow() {}

  /**
   * The person acting, as the rules need them: whether their role lets them edit or approve models,
   * whether their home unit lies strictly above the model's unit, and whether their home unit is
   * the model's unit while that unit is a root (no unit stands above it).
   */
  public record Actor(
      String username,
      boolean mayEdit,
      boolean mayApprove,
      boolean aboveTheModelsUnit,
      boolean atTheModelsRootUnit) {

    /** Whoever decides on the model's registrations: the unit above, or the root for its own. */
    boolean decidesForTheModelsUnit() {
      return aboveTheModelsUnit || atTheModelsRootUnit;
    }
  }

  public static void check(
      RegistrationAction action, RegistrationView registration, Actor actor, String reason) {
    if (action.isSuperiorsDecision()) {
      if (!actor.mayApprove() || !actor.decidesForTheModelsUnit()) {
        throw new ForbiddenException("models.error.superior-only");
      }
      if (actor.username().equals(registration.submittedBy())) {
        throw new ForbiddenException("models.error.maker-checker");
      }
    } else if (!actor.mayEdit()) {
      throw new ForbiddenException("models.error.owner-only");
    }
    if (!registration.state().canTransitionTo(action.target())) {
      throw new ConflictException(
          "models.error.transition",
          new DefaultMessageSourceResolvable("models.state." + registration.state().name()),
          new DefaultMessageSourceResolvable("models.action." + action.name()));
    }
    if (action.needsReason() && (reason == null || reason.isBlank())) {
      throw new BusinessRuleException("models.error.reason-required");
    }
  }
}
