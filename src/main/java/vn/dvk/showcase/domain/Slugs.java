package vn.dvk.showcase.domain;

import vn.dvk.shared.TextFolding;

/** The readable part of a public model's address, made from its title. */
public final class Slugs {

  private Slugs() {}

  /**
   * The title in plain lower-case letters joined by hyphens, at most 80 characters (cut at a hyphen
   * when one falls past the 40th).
   */
  public static String of(String title) {
    var plain = TextFolding.fold(title).replace(' ', '-');
    if (plain.length() <= 80) {
      return plain;
    }
    var cut = plain.substring(0, 80);
    var lastHyphen = cut.lastIndexOf('-');
    return lastHyphen > 40 ? cut.substring(0, lastHyphen) : cut;
  }
}
