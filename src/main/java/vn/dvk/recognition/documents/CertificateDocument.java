package vn.dvk.recognition.documents;

import java.time.LocalDate;

/**
 * What a certificate (“Giấy công nhận”) of one recognized model prints: the issuer as in {@link
 * DecisionDocument}, the level and year, the model's title, its owner (“Tập thể” with the unit's
 * name, or “Cá nhân” with the person's name and position, personName null for a collective), the
 * decision that recognized it, the place and date of the certificate and its signer.
 */
public record CertificateDocument(
    String issuerParent,
    String issuerName,
    String levelName,
    int year,
    String title,
    String ownerKind,
    String personName,
    String personPosition,
    String unitName,
    String decisionNumber,
    LocalDate decisionDate,
    String place,
    LocalDate date,
    String signerTitle,
    String signerName) {}
