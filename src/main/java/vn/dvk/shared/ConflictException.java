package vn.dvk.shared;

/**
 * A change made against a version of a record that someone else has changed meanwhile; answered 409
 * so that nothing is lost silently.
 */
public class ConflictException extends LocalizedException {

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
