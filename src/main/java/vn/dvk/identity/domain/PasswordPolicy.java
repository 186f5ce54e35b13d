package vn.dvk.identity.domain;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.shared.InvalidInputException;
import vn.dvk.shared.InvalidInputException.Violation;

/**
 * What a new password must be (NIST SP 800-63B, with zxcvbn's estimate): 8 characters at least and
 * at most 72 bytes (BCrypt reads no further), not one of the passwords attackers try first, and not
 * guessable in fewer than about 10¹⁰ guesses (zxcvbn's score 3), the user's own name, user name and
 * the product's words counting against it.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_BYTES = 72;
  static final int MIN_SCORE = 3;

  private static final Zxcvbn ESTIMATE = new Zxcvbn();
  private static final List<String> PRODUCT_WORDS =
      List.of("dvk", "danvankheo", "dan van kheo", "dân vận khéo", "matkhau", "mật khẩu");

  private PasswordPolicy() {}

  /**
   * Throws {@link InvalidInputException} on {@code field} when the password breaks the policy.
   * {@code personal} are what an attacker would try first for this user (name, user name).
   */
  public static void check(String field, String password, String... personal) {
    var violation = violation(password, personal);
    if (violation != null) {
      throw new InvalidInputException(List.of(new Violation(field, violation)));
    }
  }

  /** The message key of the rule the password breaks, or null when it is good. */
  static String violation(String password, String... personal) {
    if (password == null
        || password.codePointCount(0, password.length()) < MIN_LENGTH
        || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return "account.error.password-length";
    }
    var inputs = new ArrayList<>(PRODUCT_WORDS);
    for (var word : personal) {
      if (word != null && !word.isBlank()) {
        inputs.add(word);
      }
    }
    var strength = ESTIMATE.measure(password, inputs);
    var sequence = strength.getSequence();
    if (sequence.size() == 1
        && sequence.get(0).pattern == Pattern.Dictionary
        && "passwords".equals(sequence.get(0).dictionaryName)) {
      return "account.error.password-common";
    }
    return strength.getScore() < MIN_SCORE ? "account.error.password-weak" : null;
  }
}
