package vn.dvk.shared;

import java.util.Arrays;

/**
 * An exception whose message is an i18n key with arguments, rendered in the reader's language where
 * it is shown (a form error, an error page, a problem detail).
 */
public abstract class LocalizedException extends RuntimeException {

  private final String messageKey;
  private final Object[] arguments;

  protected LocalizedException(String messageKey, Object... arguments) {
    super(messageKey + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
