package vn.dvk.shared.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence the application writes itself, kept as an i18n key with its arguments so that every
 * reader sees it in their own language (Thymeleaf: {@code #messages.msgWithParams(m.key,
 * m.argumentArray)}). Arguments are short values — numbers, codes, dates — stored joined by {@code
 * |}, which none of them contains.
 */
public record Message(String key, List<String> arguments) {

  private static final String SEPARATOR = "|";

  public Message {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("A message needs its key");
    }
    arguments = List.copyOf(arguments);
    if (arguments.stream().anyMatch(argument -> argument.contains(SEPARATOR))) {
      throw new IllegalArgumentException("An argument may not contain " + SEPARATOR);
    }
  }

  public static Message of(String key, Object... arguments) {
    return new Message(key, Arrays.stream(arguments).map(String::valueOf).toList());
  }

  /** The message as stored: its key, and its arguments in one column (null when none). */
  public static Message stored(String key, String arguments) {
    if (key == null) {
      return null;
    }
    return new Message(
        key,
        arguments == null || arguments.isEmpty()
            ? List.of()
            : List.of(arguments.split("\\" + SEPARATOR, -1)));
  }

  public String storedArguments() {
    return arguments.isEmpty() ? null : String.join(SEPARATOR, arguments);
  }

  public Object[] argumentArray() {
    return arguments.toArray();
  }
}
