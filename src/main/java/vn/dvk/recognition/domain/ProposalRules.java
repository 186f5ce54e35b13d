package vn.dvk.recognition.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dvk.units.Level;
import vn.dvk.units.UnitView;

/**
 * Whether a model may be proposed to a round (SPEC §4): only while the round takes proposals and
 * not after its deadline (unless the round is recorded from paper: its proposals were made on
 * paper, and are typed in later); only a model of the round unit's subtree, proposed by the unit of
 * its chain directly below the round's unit (or by the round's unit, for its own models); only once
 * that unit recognized it at its own level; and never twice, nor when the round's unit already
 * recognized it.
 */
public final class ProposalRules {

  private ProposalRules() {}

  /** What the rules look at. */
  public record Candidate(
      Round round,
      LocalDate today,
      String proposerUnitCode,
      List<UnitView> modelChain,
      List<Standing> recognitions,
      boolean registeredThatYear,
      boolean alreadyProposed) {}

  /** The round, as far as proposing to it goes. */
  public record Round(
      String unitCode, Level level, int year, LocalDate deadline, boolean open, boolean recorded) {

    /** A round held in the system. */
    public Round(String unitCode, Level level, int year, LocalDate deadline, boolean open) {
      this(unitCode, level, year, deadline, open, false);
    }
  }

  /** A recognition the model holds (not revoked). */
  public record Standing(long id, Level level, String unitCode) {}

  /** Why a proposal is refused: an i18n key and its arguments. */
  public record Refusal(String messageKey, Object... arguments) {}

  /** The recognition a proposal rests on, or none when the round's unit proposes its own model. */
  public record Accepted(Optional<Standing> basis) {}

  /** The first rule a candidate breaks, if any, else the recognition it rests on. */
  public static Result check(Candidate c) {
    var round = c.round();
    if (!round.open()) {
      return refused("recognition.error.round-closed");
    }
    if (!round.recorded() && c.today().isAfter(round.deadline())) {
      return refused("recognition.error.deadline-passed", round.deadline());
    }
    var chain = c.modelChain().stream().map(UnitView::code).toList();
    var roundPosition = chain.indexOf(round.unitCode());
    if (roundPosition < 0) {
      return refused("recognition.error.not-in-subtree");
    }
    var proposer = proposerOf(c.modelChain(), roundPosition);
    if (!proposer.code().equals(c.proposerUnitCode())) {
      return refused("recognition.error.not-the-proposer", proposer.name());
    }
    if (!c.registeredThatYear()) {
      return refused("recognition.error.not-registered", String.valueOf(round.year()));
    }
    if (c.recognitions().stream().anyMatch(s -> s.unitCode().equals(round.unitCode()))) {
      return refused("recognition.error.already-recognized");
    }
    if (c.alreadyProposed()) {
      return refused("recognition.error.already-proposed");
    }
    if (roundPosition == 0) {
      return new Result(null, new Accepted(Optional.empty()));
    }
    var basis =
        c.recognitions().stream().filter(s -> s.unitCode().equals(proposer.code())).findFirst();
    if (basis.isEmpty()) {
      return refused("recognition.error.not-recognized-below", proposer.name());
    }
    return new Result(null, new Accepted(basis));
  }

  /**
   * The unit that proposes a model to a round: of the model's chain (its unit first), the unit
   * directly below the round's, or the round's unit itself for its own models; none when the model
   * lies outside the round unit's subtree.
   */
  public static Optional<UnitView> proposerOf(List<UnitView> modelChain, String roundUnitCode) {
    var position = modelChain.stream().map(UnitView::code).toList().indexOf(roundUnitCode);
    return position < 0 ? Optional.empty() : Optional.of(proposerOf(modelChain, position));
  }

  private static UnitView proposerOf(List<UnitView> chain, int roundPosition) {
    return roundPosition == 0 ? chain.get(0) : chain.get(roundPosition - 1);
  }

  private static Result refused(String key, Object... arguments) {
    return new Result(new Refusal(key, arguments), null);
  }

  /** Either a refusal or what was accepted. */
  public record Result(Refusal refusal, Accepted accepted) {
    public boolean isAccepted() {
      return refusal == null;
    }
  }
}
