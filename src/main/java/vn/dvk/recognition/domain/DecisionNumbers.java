package vn.dvk.recognition.domain;

import vn.dvk.units.Level;

/**
 * The number of a decision as party documents write it: the issuing unit's yearly sequence, the
 * document type and the issuer's symbol — “15-QĐ/BDVTU” for the provincial commission.
 */
public final class DecisionNumbers {

  private DecisionNumbers() {}

  public static String format(int sequence, Level issuerLevel) {
    return sequence + "-QĐ/" + issuerLevel.commissionSymbol();
  }
}
