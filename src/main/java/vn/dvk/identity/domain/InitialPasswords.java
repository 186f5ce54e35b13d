package vn.dvk.identity.domain;

import java.security.SecureRandom;

/**
 * Passwords the system chooses for a user (a new account, a reset): shown once to the
 * administrator, and changed by the user at the first sign-in. 16 characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I) give about 90 bits, well past {@link PasswordPolicy}.
 */
public final class InitialPasswords {

  static final int LENGTH = 16;
  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private InitialPasswords() {}

  public static String next() {
    var password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
