package vn.dvk.shared.web;

import org.springframework.stereotype.Component;

/**
 * Keeps a code, a number or a name whole inside text of the other direction ({@code
 * ${@bidi.isolate(decision.number)}} in a template): in Hebrew, “1-QĐ/BDVTU” read “QĐ/BDVTU-1” once
 * the surrounding text reordered it. The text is wrapped in Unicode's first-strong isolate, which
 * takes the direction of its own first letter, for a message's argument where no element can be.
 */
@Component("bidi")
public class Bidi {

  private static final char FIRST_STRONG_ISOLATE = '\u2068';
  private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

  public String isolate(String text) {
    return text == null ? null : FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
  }
}
