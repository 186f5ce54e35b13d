package vn.dvk.models;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state of one year's registration: drafted by the unit, sent to the superior unit, approved
 * (registered) or returned for completion, then carried out; withdrawn on the side.
 */
public enum RegistrationState {
  DRAFT,
  SUBMITTED,
  RETURNED,
  REGISTERED,
  IN_PROGRESS,
  WITHDRAWN;

  public boolean canTransitionTo(RegistrationState next) {
    return switch (this) {
      case DRAFT -> next == SUBMITTED || next == WITHDRAWN;
      case SUBMITTED -> next == REGISTERED || next == RETURNED || next == WITHDRAWN;
      case RETURNED -> next == SUBMITTED || next == WITHDRAWN;
      case REGISTERED -> next == IN_PROGRESS || next == WITHDRAWN;
      case IN_PROGRESS -> next == WITHDRAWN;
      case WITHDRAWN -> false;
    };
  }

  /** The unit may still change what the model says. */
  public boolean isEditable() {
    return this == DRAFT || this == RETURNED;
  }

  /** Approved by the superior unit: the registrations the yearly figures count. */
  public boolean isRegistered() {
    return this == REGISTERED || this == IN_PROGRESS;
  }

  public static Set<RegistrationState> registered() {
    return EnumSet.of(REGISTERED, IN_PROGRESS);
  }
}
