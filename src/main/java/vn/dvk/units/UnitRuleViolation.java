package vn.dvk.units;

import vn.dvk.shared.BusinessRuleException;

/**
 * A change to the hierarchy that its rules refuse (a cycle, a duplicate code, a change that would
 * rewrite history). The message key names the rule.
 */
public class UnitRuleViolation extends BusinessRuleException {

  public UnitRuleViolation(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
