package vn.dvk.recognition.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.dvk.recognition.CommendationView;
import vn.dvk.recognition.CommendationView.State;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.Text;
import vn.dvk.shared.Violations;

/**
 * A standing recognition proposed for a commendation, and the commending body's answer: awarded
 * with its decision's number, date and issuer, or declined with a reason — once. Saved through
 * Spring Data JDBC; its version refuses a change made on a copy someone else changed first.
 */
@Table("recognition_commendation")
public class Commendation {

  @Id private Long id;
  @Version private Integer version;
  private final long recognitionId;
  private final long modelId;
  private final String form;
  private State state;
  private final String proposedBy;
  private final Instant proposedAt;
  private String decisionNumber;
  private LocalDate decisionDate;
  private String decisionIssuer;
  private String decisionSigner;
  private String reason;
  private String decidedBy;
  private Instant decidedAt;

  @PersistenceCreator
  Commendation(
      Long id,
      Integer version,
      long recognitionId,
      long modelId,
      String form,
      State state,
      String proposedBy,
      Instant proposedAt) {
    this.id = id;
    this.version = version;
    this.recognitionId = recognitionId;
    this.modelId = modelId;
    this.form = form;
    this.state = state;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
  }

  /** A proposal for a commendation of a standing recognition, in a form (e.g. bằng khen). */
  public static Commendation propose(
      long recognitionId, long modelId, String form, String by, Instant at) {
    Violations.check().required("form", form).refuseAny();
    return new Commendation(
        null, null, recognitionId, modelId, form.trim(), State.PROPOSED, by, at);
  }

  /** The commending body's decision, as recorded by someone. */
  public record Answer(
      State state,
      @Text(max = 60) String number,
      LocalDate date,
      @Text(max = 300) String issuer,
      @Text(max = 200) String signer,
      @Text(max = 2000) String reason) {}

  /**
   * Records the commending body's answer on the version the recorder saw: awarded takes the
   * decision's number, date and issuer; declined, a reason. A commendation is answered once.
   */
  public void answer(Answer answer, int seenVersion, String by, Instant at) {
    check(answer);
    if (version == null || version != seenVersion || state != State.PROPOSED) {
      throw new ConflictException("recognition.error.commendation-changed");
    }
    state = answer.state();
    decisionNumber = answer.number();
    decisionDate = answer.date();
    decisionIssuer = answer.issuer();
    decisionSigner = answer.signer();
    reason = answer.reason();
    decidedBy = by;
    decidedAt = at;
  }

  private static void check(Answer answer) {
    var state = answer.state();
    var check = Violations.check().required("state", state);
    if (state == State.AWARDED) {
      check.required("number", answer.number()).required("date", answer.date());
      check.required("issuer", answer.issuer());
    } else if (state == State.DECLINED) {
      check.required("reason", answer.reason());
    } else if (state != null) {
      check.when(true, "state", "validation.required");
    }
    check.refuseAny();
  }

  public CommendationView view() {
    return new CommendationView(
        id,
        version == null ? 0 : version,
        recognitionId,
        modelId,
        form,
        state,
        proposedBy,
        proposedAt,
        decisionNumber,
        decisionDate,
        decisionIssuer,
        decisionSigner,
        reason,
        decidedBy,
        decidedAt);
  }

  public long recognitionId() {
    return recognitionId;
  }

  public String form() {
    return form;
  }

  public State state() {
    return state;
  }

  public String proposedBy() {
    return proposedBy;
  }
}
