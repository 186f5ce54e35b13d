package vn.dvk.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages of {@code spring.messages.*}, formatted without a shared lock. Spring keeps one
 * {@link MessageFormat} per message and language and formats under its monitor, since the class is
 * not thread-safe: every request rendering the same message with arguments then waits for the
 * others (on the showcase under 64 connections, threads waited there more than anywhere else). Each
 * call formats with its own copy of the parsed pattern instead: a copy costs a few small arrays,
 * not a parse.
 */
public class ConcurrentMessageSource extends ResourceBundleMessageSource {

  @Override
  protected MessageFormat resolveCode(String code, Locale locale) {
    var shared = super.resolveCode(code, locale);
    return shared == null ? null : (MessageFormat) shared.clone();
  }
}
