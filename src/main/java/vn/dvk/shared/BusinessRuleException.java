package vn.dvk.shared;

/** A request that breaks a rule of the domain; answered 422 with the rule's localized message. */
public class BusinessRuleException extends LocalizedException {

  public BusinessRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
