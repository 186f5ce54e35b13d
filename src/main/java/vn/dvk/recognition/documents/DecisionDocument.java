package vn.dvk.recognition.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * What a decision recognizing models prints: the issuer (“Ban Dân vận”, under “Tỉnh ủy Bình Thuận”,
 * written as in a sentence: the header puts them in upper case), its number (“15-QĐ/BDVTU”), place
 * and date, subject line, the grounds (“Căn cứ …” lines, each ready-made), the level and year of
 * the recognition (“cấp tỉnh”, 2023), the signer and the recognized models.
 */
public record DecisionDocument(
    String issuerParent,
    String issuerName,
    String number,
    String place,
    LocalDate date,
    String subject,
    List<String> grounds,
    String levelName,
    int year,
    String signerTitle,
    String signerName,
    List<Line> lines) {

  public DecisionDocument {
    grounds = List.copyOf(grounds);
    lines = List.copyOf(lines);
  }

  /**
   * A recognized model in the decision's list: its title, whose it is (“Tập thể” or “Cá nhân”, with
   * the person's name for an individual, otherwise null), its unit, and whether the decision names
   * it outstanding (tiêu biểu).
   */
  public record Line(
      String title, String ownerKind, String personName, String unitName, boolean outstanding) {

    public Line(String title, String ownerKind, String personName, String unitName) {
      this(title, ownerKind, personName, unitName, false);
    }
  }
}
