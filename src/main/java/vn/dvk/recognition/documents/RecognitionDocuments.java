package vn.dvk.recognition.documents;

import org.springframework.stereotype.Component;

/**
 * The recognition module's official documents as PDF, in Vietnamese and laid out as party documents
 * are: the decision recognizing models with its list, the certificate of one recognized model, and
 * a unit's submission letter proposing its models to a review round. The text is set in DejaVu
 * Serif, embedded as a subset.
 */
@Component
public class RecognitionDocuments {

  RecognitionDocuments() {}

  /** The decision and, from its second page on, the list of the models it recognizes. */
  public byte[] decision(DecisionDocument d) {
    return DecisionPdf.write(d);
  }

  /** The certificate of one recognized model: a landscape A4 page with a double border. */
  public byte[] certificate(CertificateDocument c) {
    return CertificatePdf.write(c);
  }

  /** A unit's submission letter proposing its models to the round held by the unit above it. */
  public byte[] submissionLetter(SubmissionLetterDocument s) {
    return SubmissionLetterPdf.write(s);
  }
}
