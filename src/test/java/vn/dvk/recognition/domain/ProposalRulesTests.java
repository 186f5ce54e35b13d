package vn.dvk.recognition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.domain.ProposalRules.Candidate;
import vn.dvk.recognition.domain.ProposalRules.Round;
import vn.dvk.recognition.domain.ProposalRules.Standing;
import vn.dvk.shared.MovementTime;
import vn.dvk.units.Level;
import vn.dvk.units.UnitKind;
import vn.dvk.units.UnitView;

class ProposalRulesTests {

  static final LocalDate DEADLINE = LocalDate.of(2023, 10, 31);
  static final UnitView COMMUNE = unit("BT.DL.VOXU", "Xã Võ Xu", Level.GRASSROOTS, "BT.DL");
  static final UnitView DISTRICT = unit("BT.DL", "Đức Linh", Level.DISTRICT, "BT");
  static final UnitView PROVINCE = unit("BT", "Bình Thuận", Level.PROVINCE, null);
  static final List<UnitView> CHAIN = List.of(COMMUNE, DISTRICT, PROVINCE);
  static final Round PROVINCE_ROUND = new Round("BT", Level.PROVINCE, 2023, DEADLINE, true);
  static final Standing DISTRICT_RECOGNITION = new Standing(7, Level.DISTRICT, "BT.DL");

  @Test
  void aModelRecognizedByItsDistrictMayBeProposedByItToTheProvince() {
    var result = ProposalRules.check(candidate(PROVINCE_ROUND, "BT.DL", DISTRICT_RECOGNITION));

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.accepted().basis()).contains(DISTRICT_RECOGNITION);
  }

  @Test
  void aProposalWithoutRecognitionAtTheLevelBelowIsRefused() {
    var grassroots = new Standing(3, Level.GRASSROOTS, "BT.DL.VOXU");

    var result = ProposalRules.check(candidate(PROVINCE_ROUND, "BT.DL", grassroots));

    assertThat(result.refusal().messageKey()).isEqualTo("recognition.error.not-recognized-below");
    assertThat(result.refusal().arguments()).containsExactly("Đức Linh");
  }

  @Test
  void aUnitOutsideTheModelsChainMayNotProposeIt() {
    var result = ProposalRules.check(candidate(PROVINCE_ROUND, "BT.TL", DISTRICT_RECOGNITION));

    assertThat(result.refusal().messageKey()).isEqualTo("recognition.error.not-the-proposer");
  }

  @Test
  void aUnitFurtherDownTheChainMayNotSkipALevel() {
    var result = ProposalRules.check(candidate(PROVINCE_ROUND, "BT.DL.VOXU", DISTRICT_RECOGNITION));

    assertThat(result.refusal().messageKey()).isEqualTo("recognition.error.not-the-proposer");
    assertThat(result.refusal().arguments()).containsExactly("Đức Linh");
  }

  @Test
  void aModelOutsideTheRoundsSubtreeIsRefused() {
    var otherDistrictRound = new Round("BT.TL", Level.DISTRICT, 2023, DEADLINE, true);

    var result = ProposalRules.check(candidate(otherDistrictRound, "BT.DL.VOXU"));

    assertThat(result.refusal().messageKey()).isEqualTo("recognition.error.not-in-subtree");
  }

  @Test
  void aLateProposalIsRefusedShowingTheDeadline() {
    var c =
        new Candidate(
            PROVINCE_ROUND,
            DEADLINE.plusDays(1),
            "BT.DL",
            CHAIN,
            List.of(DISTRICT_RECOGNITION),
            true,
            false);

    var result = ProposalRules.check(c);

    assertThat(result.refusal().messageKey()).isEqualTo("recognition.error.deadline-passed");
    assertThat(result.refusal().arguments()).containsExactly(DEADLINE);
  }

  @Test
  void aRoundRecordedFromPaperTakesAProposalAfterItsDeadlineWhenTheOtherRulesHold() {
    var recorded = new Round("BT", Level.PROVINCE, 2023, DEADLINE, true, true);
    var aYearLater = DEADLINE.plusYears(1);
    var late =
        new Candidate(
            recorded, aYearLater, "BT.DL", CHAIN, List.of(DISTRICT_RECOGNITION), true, false);
    var unrecognized = new Candidate(recorded, aYearLater, "BT.DL", CHAIN, List.of(), true, false);

    assertThat(ProposalRules.check(late).isAccepted()).isTrue();
    assertThat(ProposalRules.check(unrecognized).refusal().messageKey())
        .isEqualTo("recognition.error.not-recognized-below");
  }

  @Test
  void theProposerOfAModelIsTheUnitOfItsChainDirectlyBelowTheRoundsUnit() {
    assertThat(ProposalRules.proposerOf(CHAIN, "BT")).contains(DISTRICT);
    assertThat(ProposalRules.proposerOf(CHAIN, "BT.DL")).contains(COMMUNE);
    assertThat(ProposalRules.proposerOf(List.of(DISTRICT, PROVINCE), "BT.DL")).contains(DISTRICT);
    assertThat(ProposalRules.proposerOf(CHAIN, "BT.TL")).isEmpty();
  }

  @Test
  void onTheDeadlineItselfAProposalIsOnTime() {
    var c =
        new Candidate(
            PROVINCE_ROUND, DEADLINE, "BT.DL", CHAIN, List.of(DISTRICT_RECOGNITION), true, false);

    assertThat(ProposalRules.check(c).isAccepted()).isTrue();
  }

  @Test
  void aRoundUnitsOwnModelNeedsNoRecognitionBelow() {
    var districtRound = new Round("BT.DL", Level.DISTRICT, 2023, DEADLINE, true);
    var own =
        new Candidate(
            districtRound, DEADLINE, "BT.DL", List.of(DISTRICT, PROVINCE), List.of(), true, false);

    var result = ProposalRules.check(own);

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.accepted().basis()).isEmpty();
  }

  @Test
  void aClosedRoundTakesNoProposals() {
    var closed = new Round("BT", Level.PROVINCE, 2023, DEADLINE, false);

    assertThat(ProposalRules.check(candidate(closed, "BT.DL", DISTRICT_RECOGNITION)).refusal())
        .extracting(ProposalRules.Refusal::messageKey)
        .isEqualTo("recognition.error.round-closed");
  }

  @Test
  void aModelNotRegisteredThatYearIsRefused() {
    var c =
        new Candidate(
            PROVINCE_ROUND, DEADLINE, "BT.DL", CHAIN, List.of(DISTRICT_RECOGNITION), false, false);

    assertThat(ProposalRules.check(c).refusal().messageKey())
        .isEqualTo("recognition.error.not-registered");
  }

  @Test
  void aModelIsProposedOnceAndNotAfterTheRoundsUnitRecognizedIt() {
    var twice =
        new Candidate(
            PROVINCE_ROUND, DEADLINE, "BT.DL", CHAIN, List.of(DISTRICT_RECOGNITION), true, true);
    var provincial = new Standing(9, Level.PROVINCE, "BT");
    var again = candidate(PROVINCE_ROUND, "BT.DL", DISTRICT_RECOGNITION, provincial);

    assertThat(ProposalRules.check(twice).refusal().messageKey())
        .isEqualTo("recognition.error.already-proposed");
    assertThat(ProposalRules.check(again).refusal().messageKey())
        .isEqualTo("recognition.error.already-recognized");
  }

  @Test
  void theDeadlineIsADayInVietnamWhateverTheServersZone() {
    var halfPastMidnightInHanoi = Instant.parse("2023-10-31T17:30:00Z");
    var today = LocalDate.now(Clock.fixed(halfPastMidnightInHanoi, MovementTime.ZONE));
    var late =
        new Candidate(
            PROVINCE_ROUND, today, "BT.DL", CHAIN, List.of(DISTRICT_RECOGNITION), true, false);

    assertThat(today).isEqualTo(DEADLINE.plusDays(1));
    assertThat(ProposalRules.check(late).refusal().messageKey())
        .isEqualTo("recognition.error.deadline-passed");
    assertThat(new MovementTime().clock().getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  private static Candidate candidate(Round round, String proposer, Standing... standings) {
    return new Candidate(
        round, DEADLINE.minusDays(5), proposer, CHAIN, List.of(standings), true, false);
  }

  static UnitView unit(String code, String name, Level level, String parent) {
    return new UnitView(
        code,
        name,
        null,
        level == Level.GRASSROOTS
            ? UnitKind.COMMUNE
            : level == Level.DISTRICT ? UnitKind.DISTRICT : UnitKind.PROVINCE,
        level,
        parent,
        LocalDate.of(2020, 1, 1),
        null,
        null,
        null);
  }
}
