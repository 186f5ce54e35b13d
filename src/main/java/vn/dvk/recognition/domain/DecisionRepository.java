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
import vn.dvk.recognition.RecognitionView;
import vn.dvk.shared.WorkChanges;
import vn.dvk.units.Level;

/** Numbered decisions, the recognitions they make and the revocations that end them. */
@Repository
public class DecisionRepository {

  private final JdbcClient jdbc;
  private final WorkChanges work;

  public DecisionRepository(JdbcClient jdbc, WorkChanges work) {
    this.jdbc = jdbc;
    this.work = work;
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
    return jdbc.sql("select * from recognition_decision where id = :id")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** Decisions of a year issued by any of the units, by issuer and number. */
  public List<DecisionView> issuedBy(Collection<String> unitCodes, Integer year) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select * from recognition_decision where issuing_unit_code in (:units)"
                + (year == null ? "" : " and decision_year = :year")
                + " order by decision_year desc, issuing_unit_code, sequence")
        .param("units", unitCodes)
        .param("year", year)
        .query(this::map)
        .list();
  }

  private static final String RECOGNITIONS =
      """
      select r.*, d.number, v.decision_id as revoked_by
        from recognition_recognition r
        join recognition_decision d on d.id = r.decision_id
        left join recognition_revocation v on v.recognition_id = r.id
      """;

  public List<RecognitionView> ofModel(long modelId) {
    return jdbc.sql(RECOGNITIONS + " where r.model_id = :id order by r.id")
        .param("id", modelId)
        .query(DecisionRepository::mapRecognition)
        .list();
  }

  public List<RecognitionView> ofModels(Collection<Long> modelIds) {
    if (modelIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(RECOGNITIONS + " where r.model_id in (:ids) order by r.id")
        .param("ids", modelIds)
        .query(DecisionRepository::mapRecognition)
        .list();
  }

  /** Recognitions by some units, of a year or every year, the newest first. */
  public List<RecognitionView> recognizedBy(Collection<String> unitCodes, Integer year) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            RECOGNITIONS
                + " where r.unit_code in (:units)"
                + (year == null ? "" : " and r.recognition_year = :year")
                + " order by r.recognition_year desc, r.id desc")
        .param("units", unitCodes)
        .param("year", year == null ? 0 : year)
        .query(DecisionRepository::mapRecognition)
        .list();
  }

  public List<RecognitionView> recognitionsOfRound(long roundId) {
    return jdbc.sql(RECOGNITIONS + " where r.round_id = :id order by r.id")
        .param("id", roundId)
        .query(DecisionRepository::mapRecognition)
        .list();
  }

  public Optional<RecognitionView> recognition(long id) {
    return jdbc.sql(RECOGNITIONS + " where r.id = :id")
        .param("id", id)
        .query(DecisionRepository::mapRecognition)
        .optional();
  }

  private List<RecognitionView> listedIn(long decisionId, DecisionKind kind) {
    var sql =
        kind == DecisionKind.REVOCATION
            ? RECOGNITIONS + " where v.decision_id = :id order by r.id"
            : RECOGNITIONS + " where r.decision_id = :id order by r.id";
    return jdbc.sql(sql).param("id", decisionId).query(DecisionRepository::mapRecognition).list();
  }

  private DecisionView map(ResultSet rs, int row) throws SQLException {
    var id = rs.getLong("id");
    var kind = DecisionKind.valueOf(rs.getString("kind"));
    return new DecisionView(
        id,
        kind,
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
        listedIn(id, kind));
  }

  static RecognitionView mapRecognition(ResultSet rs, int row) throws SQLException {
    return new RecognitionView(
        rs.getLong("id"),
        rs.getLong("model_id"),
        OwnerKind.valueOf(rs.getString("owner_kind")),
        Level.valueOf(rs.getString("level")),
        rs.getString("unit_code"),
        rs.getInt("recognition_year"),
        rs.getLong("decision_id"),
        rs.getString("number"),
        rs.getLong("round_id"),
        rs.getLong("proposal_id"),
        rs.getObject("revoked_by", Long.class),
        rs.getBoolean("outstanding"));
  }
}
