package vn.dvk.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.units.Level;

/**
 * A numbered decision: its number in the issuing unit's yearly sequence, date, signer, and the
 * models it recognizes, commends or whose recognition it revokes.
 */
public record DecisionView(
    long id,
    DecisionKind kind,
    String issuingUnitCode,
    Level level,
    int year,
    int sequence,
    String number,
    LocalDate date,
    String signerName,
    String signerTitle,
    Long roundId,
    String reason,
    String issuedBy,
    Instant issuedAt,
    List<RecognitionView> recognitions) {

  /** The same decision with what it granted or revoked, read apart from it. */
  public DecisionView withRecognitions(List<RecognitionView> listed) {
    return new DecisionView(
        id,
        kind,
        issuingUnitCode,
        level,
        year,
        sequence,
        number,
        date,
        signerName,
        signerTitle,
        roundId,
        reason,
        issuedBy,
        issuedAt,
        listed);
  }
}
