package vn.dvk.models.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dvk.models.RegistrationAction;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.models.RegistrationView;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.ForbiddenException;

class RegistrationWorkflowTests {

  /** An officer of the model's own unit: may edit, may not approve. */
  private static final RegistrationWorkflow.Actor OWNER =
      new RegistrationWorkflow.Actor("xa.officer", true, false, false, false);

  /** A reviewer of a unit above the model's unit. */
  private static final RegistrationWorkflow.Actor SUPERIOR =
      new RegistrationWorkflow.Actor("huyen.reviewer", false, true, true, false);

  private static final String SUBMITTER = "xa.officer";

  private static RegistrationView registration(RegistrationState state) {
    return new RegistrationView(
        1, 10, 2024, RegistrationKind.NEW, state, null, SUBMITTER, null, null, null, 0);
  }

  private static void check(
      RegistrationAction action, RegistrationState state, RegistrationWorkflow.Actor actor) {
    RegistrationWorkflow.check(action, registration(state), actor, "Lý do");
  }

  @ParameterizedTest(name = "{0} from {1}: {2}")
  @CsvSource({
    "SUBMIT,   DRAFT,       allowed",
    "SUBMIT,   RETURNED,    allowed",
    "SUBMIT,   SUBMITTED,   refused",
    "SUBMIT,   REGISTERED,  refused",
    "SUBMIT,   IN_PROGRESS, refused",
    "SUBMIT,   WITHDRAWN,   refused",
    "START,    REGISTERED,  allowed",
    "START,    DRAFT,       refused",
    "START,    SUBMITTED,   refused",
    "START,    RETURNED,    refused",
    "START,    IN_PROGRESS, refused",
    "START,    WITHDRAWN,   refused",
    "WITHDRAW, DRAFT,       allowed",
    "WITHDRAW, SUBMITTED,   allowed",
    "WITHDRAW, RETURNED,    allowed",
    "WITHDRAW, REGISTERED,  allowed",
    "WITHDRAW, IN_PROGRESS, allowed",
    "WITHDRAW, WITHDRAWN,   refused"
  })
  void theOwnersUnitMovesARegistrationOnlyWhereTheProcessLeads(
      RegistrationAction action, RegistrationState state, String outcome) {
    expect(action, state, OWNER, outcome);
  }

  @ParameterizedTest(name = "{0} from {1}: {2}")
  @CsvSource({
    "APPROVE, SUBMITTED,   allowed",
    "APPROVE, DRAFT,       refused",
    "APPROVE, RETURNED,    refused",
    "APPROVE, REGISTERED,  refused",
    "APPROVE, IN_PROGRESS, refused",
    "APPROVE, WITHDRAWN,   refused",
    "RETURN,  SUBMITTED,   allowed",
    "RETURN,  DRAFT,       refused",
    "RETURN,  RETURNED,    refused",
    "RETURN,  REGISTERED,  refused",
    "RETURN,  IN_PROGRESS, refused",
    "RETURN,  WITHDRAWN,   refused"
  })
  void theSuperiorUnitDecidesOnlyOnWhatWasSubmitted(
      RegistrationAction action, RegistrationState state, String outcome) {
    expect(action, state, SUPERIOR, outcome);
  }

  private static void expect(
      RegistrationAction action,
      RegistrationState state,
      RegistrationWorkflow.Actor actor,
      String outcome) {
    if (outcome.equals("allowed")) {
      assertThatCode(() -> check(action, state, actor)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> check(action, state, actor))
          .isInstanceOf(ConflictException.class)
          .hasFieldOrPropertyWithValue("messageKey", "models.error.transition");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = RegistrationAction.class,
      names = {"SUBMIT", "START", "WITHDRAW"})
  void aPersonWhoseRoleMayNotEditModelsCannotTakeTheOwnersSteps(RegistrationAction action) {
    var viewer = new RegistrationWorkflow.Actor("leader", false, false, true, false);

    assertThatThrownBy(() -> check(action, RegistrationState.DRAFT, viewer))
        .isInstanceOf(ForbiddenException.class)
        .hasFieldOrPropertyWithValue("messageKey", "models.error.owner-only");
    assertThatThrownBy(() -> check(action, RegistrationState.DRAFT, SUPERIOR))
        .isInstanceOf(ForbiddenException.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = RegistrationAction.class,
      names = {"APPROVE", "RETURN"})
  void onlyAnApproverOfAUnitStrictlyAboveDecides(RegistrationAction action) {
    var sameUnitApprover = new RegistrationWorkflow.Actor("xa.chief", true, true, false, false);
    var editorAbove = new RegistrationWorkflow.Actor("huyen.officer", true, false, true, false);

    for (var actor : new RegistrationWorkflow.Actor[] {OWNER, sameUnitApprover, editorAbove}) {
      assertThatThrownBy(() -> check(action, RegistrationState.SUBMITTED, actor))
          .isInstanceOf(ForbiddenException.class)
          .hasFieldOrPropertyWithValue("messageKey", "models.error.superior-only");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = RegistrationAction.class,
      names = {"APPROVE", "RETURN"})
  void thePersonWhoSubmittedCannotDecideOnItEvenFromAbove(RegistrationAction action) {
    var submitterAbove = new RegistrationWorkflow.Actor(SUBMITTER, true, true, true, false);

    assertThatThrownBy(() -> check(action, RegistrationState.SUBMITTED, submitterAbove))
        .isInstanceOf(ForbiddenException.class)
        .hasFieldOrPropertyWithValue("messageKey", "models.error.maker-checker");
  }

  @ParameterizedTest
  @EnumSource(
      value = RegistrationAction.class,
      names = {"APPROVE", "RETURN"})
  void theRootUnitDecidesOnItsOwnModelsSinceNothingStandsAboveIt(RegistrationAction action) {
    var rootReviewer = new RegistrationWorkflow.Actor("tinh.reviewer", false, true, false, true);

    assertThatCode(() -> check(action, RegistrationState.SUBMITTED, rootReviewer))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @EnumSource(
      value = RegistrationAction.class,
      names = {"APPROVE", "RETURN"})
  void atTheRootTooWhoeverSubmittedNeverDecidesAndOnlyAnApproverDecides(RegistrationAction action) {
    var rootSubmitter = new RegistrationWorkflow.Actor(SUBMITTER, true, true, false, true);
    var rootEditor = new RegistrationWorkflow.Actor("tinh.editor", true, false, false, true);

    assertThatThrownBy(() -> check(action, RegistrationState.SUBMITTED, rootSubmitter))
        .isInstanceOf(ForbiddenException.class)
        .hasFieldOrPropertyWithValue("messageKey", "models.error.maker-checker");
    assertThatThrownBy(() -> check(action, RegistrationState.SUBMITTED, rootEditor))
        .isInstanceOf(ForbiddenException.class)
        .hasFieldOrPropertyWithValue("messageKey", "models.error.superior-only");
  }

  @Test
  void aRefusedRoleIsToldBeforeAnImpossibleMove() {
    var viewer = new RegistrationWorkflow.Actor("leader", false, false, true, false);

    assertThatThrownBy(() -> check(RegistrationAction.SUBMIT, RegistrationState.WITHDRAWN, viewer))
        .isInstanceOf(ForbiddenException.class);
  }

  @ParameterizedTest
  @CsvSource({"RETURN, SUBMITTED", "WITHDRAW, DRAFT"})
  void returningAndWithdrawingNeedAReason(RegistrationAction action, RegistrationState state) {
    var actor = action == RegistrationAction.RETURN ? SUPERIOR : OWNER;
    for (var reason : new String[] {null, "", "   "}) {
      assertThatThrownBy(
              () -> RegistrationWorkflow.check(action, registration(state), actor, reason))
          .isInstanceOf(BusinessRuleException.class)
          .hasFieldOrPropertyWithValue("messageKey", "models.error.reason-required");
    }
  }

  @Test
  void submittingApprovingAndStartingNeedNoReason() {
    assertThatCode(
            () -> {
              RegistrationWorkflow.check(
                  RegistrationAction.SUBMIT, registration(RegistrationState.DRAFT), OWNER, null);
              RegistrationWorkflow.check(
                  RegistrationAction.APPROVE,
                  registration(RegistrationState.SUBMITTED),
                  SUPERIOR,
                  null);
              RegistrationWorkflow.check(
                  RegistrationAction.START,
                  registration(RegistrationState.REGISTERED),
                  OWNER,
                  null);
            })
        .doesNotThrowAnyException();
  }
}
