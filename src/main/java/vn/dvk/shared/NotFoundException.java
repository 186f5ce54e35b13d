package vn.dvk.shared;

/**
 * A record that does not exist, or that the current user may not see: both answer 404, so that a
 * record out of scope cannot be told apart from one that does not exist.
 */
public class NotFoundException extends LocalizedException {

  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
