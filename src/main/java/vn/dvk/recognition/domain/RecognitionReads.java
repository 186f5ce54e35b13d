package vn.dvk.recognition.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.RecognitionView;
import vn.dvk.units.Level;

/**
 * Reads recognitions: what models hold, what units recognized, what a round or a decision made or
 * revoked ({@link DecisionRepository} writes them with their decisions).
 */
@Repository
public class RecognitionReads {

  private final JdbcClient jdbc;

  public RecognitionReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The recognitions some decisions made, and those they revoked, by decision. */
  public record Listed(
      Map<Long, List<RecognitionView>> granted, Map<Long, List<RecognitionView>> revoked) {}

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
        .query(RecognitionReads::row)
        .list();
  }

  public List<RecognitionView> ofModels(Collection<Long> modelIds) {
    if (modelIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(RECOGNITIONS + " where r.model_id in (:ids) order by r.id")
        .param("ids", modelIds)
        .query(RecognitionReads::row)
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
        .query(RecognitionReads::row)
        .list();
  }

  public List<RecognitionView> recognitionsOfRound(long roundId) {
    return jdbc.sql(RECOGNITIONS + " where r.round_id = :id order by r.id")
        .param("id", roundId)
        .query(RecognitionReads::row)
        .list();
  }

  public Optional<RecognitionView> recognition(long id) {
    return jdbc.sql(RECOGNITIONS + " where r.id = :id")
        .param("id", id)
        .query(RecognitionReads::row)
        .optional();
  }

  /** What the decisions granted and revoked, in two statements. */
  public Listed listedIn(Collection<Long> decisionIds) {
    var granted = new HashMap<Long, List<RecognitionView>>();
    var revoked = new HashMap<Long, List<RecognitionView>>();
    jdbc.sql(RECOGNITIONS + " where r.decision_id in (:ids) order by r.id")
        .param("ids", decisionIds)
        .query((RowCallbackHandler) rs -> add(granted, rs.getLong("decision_id"), row(rs, 0)));
    jdbc.sql(RECOGNITIONS + " where v.decision_id in (:ids) order by r.id")
        .param("ids", decisionIds)
        .query((RowCallbackHandler) rs -> add(revoked, rs.getLong("revoked_by"), row(rs, 0)));
    return new Listed(granted, revoked);
  }

  private static void add(Map<Long, List<RecognitionView>> lists, long id, RecognitionView r) {
    lists.computeIfAbsent(id, key -> new ArrayList<>()).add(r);
  }

  static RecognitionView row(ResultSet rs, int row) throws SQLException {
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
