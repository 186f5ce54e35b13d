package vn.dvk.recognition.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * What a proposing unit's submission letter (“Tờ trình”) to a review round prints: the proposing
 * unit as in {@link DecisionDocument}, its document symbol (“BDVHU”) and the letter's sequence
 * number (null leaves it blank for the unit to fill in), the place and date (null date leaves day
 * and month blank), the round's unit it is sent to (“Ban Dân vận Tỉnh ủy Bình Thuận”), the level
 * and year of the round, the signer (a null name leaves the line blank) and the proposed models.
 */
public record SubmissionLetterDocument(
    String unitParent,
    String unitName,
    String symbol,
    Integer sequence,
    String place,
    LocalDate date,
    String recipient,
    String levelName,
    int year,
    String signerTitle,
    String signerName,
    List<Line> lines) {

  public SubmissionLetterDocument {
    lines = List.copyOf(lines);
  }

  /**
   * A proposed model: its title, owner and unit as in {@link DecisionDocument.Line}, and the
   * decision that already recognized it at the proposing unit's level.
   */
  public record Line(
      String title,
      String ownerKind,
      String personName,
      String unitName,
      String decisionNumber,
      LocalDate decisionDate) {}
}
