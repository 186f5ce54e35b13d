package vn.dvk.recognition.domain;

import static vn.dvk.shared.MovementTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.DecisionKind;
import vn.dvk.recognition.DecisionView;
import vn.dvk.shared.WorkChanges;
import vn.dvk.units.Level;

/** Numbered decisions, the recognitions they make and the revocations that end them. */
@Repository
public class DecisionRepository {

  private final JdbcClient jdbc;
  private final WorkChanges work;
  private final RecognitionReads recognitions;

  public DecisionRepository(JdbcClient jdbc, WorkChanges work, RecognitionReads recognitions) {
    this.jdbc = jdbc;
    this.work = work;
    this.recognitions = recognitions;
  }

  /**
   * What a decision says; its number is the repository's (the next of its issuer's year) unless it
   * is given, as a decision recorded from paper has it.
   */
  public record NewDecision(
      DecisionKind kind,
      String issuingUnitCode,
      Level level,
      LocalDate date,
      String signerName,
      String signerTitle,
      Long roundId,
      String reason,
      String number) {

    public NewDecision(
        DecisionKind kind,
        String issuingUnitCode,
        Level level,
        LocalDate date,
        String signerName,
        String signerTitle,
        Long roundId,
        String reason) {
      this(kind, issuingUnitCode, level, date, signerName, signerTitle, roundId, reason, null);
    }
  }

  /** Whether the issuer already has a decision of that number in the year. */
  public boolean numberTaken(String issuingUnitCode, int year, String number) {
    return jdbc.sql(
                "select count(*) from recognition_decision where issuing_unit_code = :unit"
                    + " and decision_year = :year and number = :number")
            .param("unit", issuingUnitCode)
            .param("year", year)
            .param("number", number)
            .query(Integer.class)
            .single()
        > 0;
  }

  /**
   * Inserts a decision with the next number of its issuer's year. Two decisions numbered at once
   * collide on the unique number and one transaction fails, never two decisions with one number.
   */
  public long insert(NewDecision decision, String by, Instant at) {
    var year = decision.date().getYear();
    var sequence =
        jdbc.sql(
                "select coalesce(max(sequence), 0) + 1 from recognition_decision"
                    + " where issuing_unit_code = :unit and decision_year = :year")
            .param("unit", decision.issuingUnitCode())
            .param("year", year)
            .query(Integer.class)
            .single();
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into recognition_decision (kind, issuing_unit_code, level, decision_year,
                sequence, number, decision_date, signer_name, signer_title, round_id, reason,
                issued_by, issued_at)
            values (:kind, :unit, :level, :year, :sequence, :number, :date, :signer, :title,
                :round, :reason, :by, :at)
            """)
        .param("kind", decision.kind().name())
        .param("unit", decision.issuingUnitCode())
        .param("level", decision.level().name())
        .param("year", year)
        .param("sequence", sequence)
        .param(
            "number",
            decision.number() == null
                ? DecisionNumbers.format(sequence, decision.level())
                : decision.number())
        .param("date", decision.date())
        .param("signer", decision.signerName())
        .param("title", decision.signerTitle())
        .param("round", decision.roundId())
        .param("reason", decision.reason())
        .param("by", by)
        .param("at", utc(at))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** Records a recognition the decision grants; returns its id. */
  public long insertRecognition(
      long modelId,
      OwnerKind ownerKind,
      Level level,
      String unitCode,
      int year,
      long decisionId,
      long roundId,
      long proposalId,
      boolean outstanding) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into recognition_recognition (model_id, owner_kind, level, unit_code,
                recognition_year, decision_id, round_id, proposal_id, outstanding)
            values (:model, :owner, :level, :unit, :year, :decision, :round, :proposal,
                :outstanding)
            """)
        .param("outstanding", outstanding)
        .param("model", modelId)
        .param("owner", ownerKind.name())
        .param("level", level.name())
        .param("unit", unitCode)
        .param("year", year)
        .param("decision", decisionId)
        .param("round", roundId)
        .param("proposal", proposalId)
        .update(keys, "id");
    work.units(unitCode);
    work.model(modelId);
    return keys.getKey().longValue();
  }

  public void insertRevocation(long recognitionId, long decisionId, String reason) {
    jdbc.sql(
            "insert into recognition_revocation (recognition_id, decision_id, reason)"
                + " values (:recognition, :decision, :reason)")
        .param("recognition", recognitionId)
        .param("decision", decisionId)
        .param("reason", reason)
        .update();
  }

  public Optional<DecisionView> find(long id) {
    return withRecognitions(
            jdbc.sql("select * from recognition_decision where id = :id")
                .param("id", id)
                .query(DecisionRepository::map)
                .list())
        .stream()
        .findFirst();
  }

  /** The decision that made a recognition. */
  public Optional<DecisionView> ofRecognition(long recognitionId) {
    return recognitions.recognition(recognitionId).flatMap(r -> find(r.decisionId()));
  }

  /** Decisions of a year issued by any of the units, by issuer and number. */
  public List<DecisionView> issuedBy(Collection<String> unitCodes, Integer year) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    return withRecognitions(
        jdbc.sql(
                "select * from recognition_decision where issuing_unit_code in (:units)"
                    + (year == null ? "" : " and decision_year = :year")
                    + " order by decision_year desc, issuing_unit_code, sequence")
            .param("units", unitCodes)
            .param("year", year)
            .query(DecisionRepository::map)
            .list());
  }

  /** The decisions with the recognitions each made or revoked, read once for them all. */
  private List<DecisionView> withRecognitions(List<DecisionView> decisions) {
    if (decisions.isEmpty()) {
      return decisions;
    }
    var listed = recognitions.listedIn(decisions.stream().map(DecisionView::id).toList());
    return decisions.stream()
        .map(
            d ->
                d.withRecognitions(
                    (d.kind() == DecisionKind.REVOCATION ? listed.revoked() : listed.granted())
                        .getOrDefault(d.id(), List.of())))
        .toList();
  }

  private static DecisionView map(ResultSet rs, int row) throws SQLException {
    return new DecisionView(
        rs.getLong("id"),
        DecisionKind.valueOf(rs.getString("kind")),
        rs.getString("issuing_unit_code"),
        Level.valueOf(rs.getString("level")),
        rs.getInt("decision_year"),
        rs.getInt("sequence"),
        rs.getString("number"),
        rs.getObject("decision_date", LocalDate.class),
        rs.getString("signer_name"),
        rs.getString("signer_title"),
        rs.getObject("round_id", Long.class),
        rs.getString("reason"),
        rs.getString("issued_by"),
        rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
        List.of());
  }
}
