package vn.dvk.recognition.domain;

import static vn.dvk.shared.MovementTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dvk.models.OwnerKind;
import vn.dvk.recognition.ProposalState;
import vn.dvk.recognition.ProposalView;
import vn.dvk.shared.WorkChanges;
import vn.dvk.shared.i18n.Message;

/** Proposals and where each stands; the council's work on them is in {@link CouncilRepository}. */
@Repository
public class ProposalRepository {

  private final JdbcClient jdbc;
  private final WorkChanges work;

  public ProposalRepository(JdbcClient jdbc, WorkChanges work) {
    this.jdbc = jdbc;
    this.work = work;
  }

  /** What the proposing unit sends besides the model: its own consideration's minutes and vote. */
  public record Dossier(String considerationNote, Integer votesFor, Integer votesAgainst) {}

  public long insert(
      long roundId,
      long modelId,
      OwnerKind ownerKind,
      String proposingUnit,
      Long basisRecognitionId,
      Dossier dossier,
      String by,
      Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into recognition_proposal (version, round_id, model_id, owner_kind,
                proposing_unit_code, state, basis_recognition_id, consideration_note, votes_for,
                votes_against, proposed_by, proposed_at)
            values (0, :round, :model, :owner, :unit, 'PROPOSED', :basis, :note, :for, :against,
                :by, :at)
            """)
        .param("round", roundId)
        .param("model", modelId)
        .param("owner", ownerKind.name())
        .param("unit", proposingUnit)
        .param("basis", basisRecognitionId)
        .param("note", dossier.considerationNote())
        .param("for", dossier.votesFor())
        .param("against", dossier.votesAgainst())
        .param("by", by)
        .param("at", utc(at))
        .update(keys, "id");
    work.units(proposingUnit);
    return keys.getKey().longValue();
  }

  /** The council's votes on a proposal of a round recorded from paper, as its minutes give them. */
  public void recordCouncilVotes(long id, Integer votesFor, Integer votesAgainst) {
    jdbc.sql(
            "update recognition_proposal set council_votes_for = :for,"
                + " council_votes_against = :against where id = :id")
        .param("for", votesFor)
        .param("against", votesAgainst)
        .param("id", id)
        .update();
  }

  public Optional<ProposalView> find(long id) {
    return jdbc.sql("select * from recognition_proposal where id = :id")
        .param("id", id)
        .query(ProposalRepository::map)
        .optional();
  }

  public List<ProposalView> ofRound(long roundId) {
    return jdbc.sql("select * from recognition_proposal where round_id = :id order by id")
        .param("id", roundId)
        .query(ProposalRepository::map)
        .list();
  }

  public List<ProposalView> ofModel(long modelId) {
    return jdbc.sql("select * from recognition_proposal where model_id = :id order by id")
        .param("id", modelId)
        .query(ProposalRepository::map)
        .list();
  }

  /** Moves a proposal on, if it is still in the state and version the change was made on. */
  public boolean transition(
      ProposalView from,
      ProposalState to,
      String reason,
      Message reasonMessage,
      String by,
      Instant at) {
    var moved =
        jdbc.sql(
                    """
                update recognition_proposal set state = :to, reason = :reason,
                    reason_key = :reasonKey, reason_args = :reasonArgs, decided_by = :by,
                    decided_at = :at, version = version + 1
                 where id = :id and version = :version and state = :from
                """)
                .param("to", to.name())
                .param("reason", reason)
                .param("reasonKey", reasonMessage == null ? null : reasonMessage.key())
                .param("reasonArgs", reasonMessage == null ? null : reasonMessage.storedArguments())
                .param("by", by)
                .param("at", utc(at))
                .param("id", from.id())
                .param("version", from.version())
                .param("from", from.state().name())
                .update()
            == 1;
    if (moved) {
      work.units(from.proposingUnitCode());
    }
    return moved;
  }

  static ProposalView map(ResultSet rs, int row) throws SQLException {
    var decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
    return new ProposalView(
        rs.getLong("id"),
        rs.getInt("version"),
        rs.getLong("round_id"),
        rs.getLong("model_id"),
        OwnerKind.valueOf(rs.getString("owner_kind")),
        rs.getString("proposing_unit_code"),
        ProposalState.valueOf(rs.getString("state")),
        rs.getString("reason"),
        Message.stored(rs.getString("reason_key"), rs.getString("reason_args")),
        rs.getObject("basis_recognition_id", Long.class),
        rs.getString("consideration_note"),
        rs.getObject("votes_for", Integer.class),
        rs.getObject("votes_against", Integer.class),
        rs.getString("proposed_by"),
        rs.getObject("proposed_at", OffsetDateTime.class).toInstant(),
        rs.getString("decided_by"),
        decidedAt == null ? null : decidedAt.toInstant(),
        councilVotes(rs));
  }

  private static ProposalView.CouncilVotes councilVotes(ResultSet rs) throws SQLException {
    var votesFor = rs.getObject("council_votes_for", Integer.class);
    var votesAgainst = rs.getObject("council_votes_against", Integer.class);
    return votesFor == null && votesAgainst == null
        ? null
        : new ProposalView.CouncilVotes(votesFor, votesAgainst);
  }
}
