package vn.dvk.shared;

/**
 * An action on a record the user may see but may not take (their role or their place in the process
 * does not allow it): answered 403 with the reason.
 */
public class ForbiddenException extends LocalizedException {

  public ForbiddenException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
