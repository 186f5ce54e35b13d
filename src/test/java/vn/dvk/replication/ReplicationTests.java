package vn.dvk.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.audit.AuditLog;
import vn.dvk.models.IndicatorTarget;
import vn.dvk.models.MobilizationModels;
import vn.dvk.models.ModelView;
import vn.dvk.models.OwnerKind;
import vn.dvk.models.RegistrationKind;
import vn.dvk.models.RegistrationState;
import vn.dvk.recognition.RecognitionView;
import vn.dvk.recognition.Recognitions;
import vn.dvk.shared.BusinessRuleException;
import vn.dvk.shared.ConflictException;
import vn.dvk.shared.NotFoundException;
import vn.dvk.support.Acting;
import vn.dvk.support.IntegrationTest;
import vn.dvk.support.RoundFixtures;

/** Learning from recognized models: the rules of the links and the tree a source grows. */
@IntegrationTest
class ReplicationTests {

  @Autowired Replications replications;
  @Autowired MobilizationModels models;
  @Autowired Recognitions recognitions;
  @Autowired AuditLog audit;
  @Autowired Acting acting;
  @Autowired RoundFixtures fixtures;

  @BeforeEach
  void users() {
    fixtures.councilMembersAndASecondReviewer();
  }

  /** A model of Tánh Linh that the demo's 2023 decisions recognized and that still stands. */
  private long recognizedModelOfTanhLinh() {
    return acting.as("leader", () -> recognitions.standingBy(List.of("BT.TL"), 2023)).stream()
        .map(RecognitionView::modelId)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void learningFromARecognizedModelStartsALinkedDraftInTheLearnersUnit() {
    var sourceId = recognizedModelOfTanhLinh();
    var source = acting.as("tanhlinh", () -> models.get(sourceId));

    var copy = acting.as("duclinh", () -> replications.learn(sourceId, null, RoundFixtures.YEAR));

    assertThat(copy.unitCode()).isEqualTo("BT.DL");
    assertThat(copy.title()).isEqualTo(source.title());
    assertThat(copy.details().ownerKind()).isEqualTo(OwnerKind.COLLECTIVE);
    assertThat(copy.details().fieldCode()).isEqualTo(source.details().fieldCode());
    assertThat(copy.details().contentMethod()).isEqualTo(source.details().contentMethod());
    assertThat(copy.details().area()).isNull();
    assertThat(copy.details().targets())
        .extracting(IndicatorTarget::indicatorCode, IndicatorTarget::target)
        .containsExactlyElementsOf(
            source.details().targets().stream()
                .map(t -> org.assertj.core.groups.Tuple.tuple(t.indicatorCode(), t.target()))
                .toList());
    assertThat(copy.details().targets()).allMatch(t -> t.baseline() == null);
    var registration = copy.registration(RoundFixtures.YEAR).orElseThrow();
    assertThat(registration.kind()).isEqualTo(RegistrationKind.NEW);
    assertThat(registration.state()).isEqualTo(RegistrationState.DRAFT);
    var link = acting.as("duclinh", () -> replications.sourceOf(copy.id())).orElseThrow();
    assertThat(link.sourceId()).isEqualTo(sourceId);
    assertThat(link.year()).isEqualTo(RoundFixtures.YEAR);
    assertThat(link.title()).isEqualTo(source.title());
    assertThat(audit.history("MODEL", String.valueOf(copy.id())))
        .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("MODEL_LEARNED"));
  }

  @Test
  void onlyARecognizedModelMayBeLearnedFromAndNeverByItsOwnUnit() {
    var unrecognized = fixtures.registeredModelOfDucLinh("Chưa được công nhận");
    var recognized = recognizedModelOfTanhLinh();
    var ownUnit = acting.as("tanhlinh", () -> models.get(recognized)).unitCode();

    var notRecognized =
        catchThrowable(
            () ->
                acting.as(
                    "duclinh",
                    () -> replications.learn(unrecognized.id(), "BT.DL.X01", RoundFixtures.YEAR)));
    var notEvenNamed =
        catchThrowable(
            () ->
                acting.as(
                    "tanhlinh",
                    () -> replications.learn(unrecognized.id(), null, RoundFixtures.YEAR)));
    var ownModel =
        catchThrowable(
            () ->
                acting.as(
                    "tanhlinh", () -> replications.learn(recognized, ownUnit, RoundFixtures.YEAR)));

    assertThat(notRecognized)
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("replication.error.not-recognized")
        .hasMessageContaining("Chưa được công nhận");
    assertThat(notEvenNamed)
        .as("outside its scope a model that is not recognized is not even named")
        .isInstanceOf(NotFoundException.class)
        .hasMessageNotContaining("Chưa được công nhận");
    assertThat(ownModel)
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("replication.error.own-model");
  }

  @Test
  void aRecognizedModelsLineageIsReadEverywhereButAnUnrecognizedOneOnlyInScope() {
    var unrecognized = fixtures.registeredModelOfDucLinh("Chỉ Đức Linh thấy");
    var recognized = recognizedModelOfTanhLinh();

    assertThat(acting.as("duclinh", () -> replications.lineage(recognized)).root().modelId())
        .isEqualTo(recognized);
    assertThat(
            catchThrowable(
                () -> acting.as("tanhlinh", () -> replications.lineage(unrecognized.id()))))
        .isInstanceOf(NotFoundException.class);
    assertThat(acting.as("duclinh", () -> replications.lineage(unrecognized.id())).copies())
        .isEmpty();
  }

  @Test
  void aModelHasOneSourceNoCyclesAndTheTreeIsRightThreeGenerationsDeep() {
    var first = recognized("Gốc: vận động hiến đất làm đường");
    var second = recognized("Học tập lần một");
    var third = recognized("Học tập lần hai");
    var fourth = fixtures.registeredModelOfDucLinh("Học tập lần ba");

    acting.run("duclinh", () -> replications.link(second.id(), first.id()));
    acting.run("duclinh", () -> replications.link(third.id(), second.id()));
    acting.run("duclinh", () -> replications.link(fourth.id(), third.id()));
    var elsewhere =
        acting.as("tanhlinh", () -> replications.learn(first.id(), null, RoundFixtures.YEAR));

    var cycle =
        catchThrowable(
            () -> acting.run("duclinh", () -> replications.link(first.id(), third.id())));
    var itself =
        catchThrowable(
            () -> acting.run("duclinh", () -> replications.link(first.id(), first.id())));
    var secondSource =
        catchThrowable(
            () -> acting.run("duclinh", () -> replications.link(third.id(), first.id())));
    assertThat(cycle)
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("replication.error.cycle");
    assertThat(itself).isInstanceOf(BusinessRuleException.class);
    assertThat(secondSource)
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("replication.error.has-source");

    var tree = acting.as("leader", () -> replications.lineage(first.id()));
    assertThat(tree.copies())
        .extracting(
            Replications.Node::modelId, Replications.Node::sourceId, Replications.Node::depth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(second.id(), first.id(), 1),
            org.assertj.core.groups.Tuple.tuple(third.id(), second.id(), 2),
            org.assertj.core.groups.Tuple.tuple(fourth.id(), third.id(), 3),
            org.assertj.core.groups.Tuple.tuple(elsewhere.id(), first.id(), 1));
    assertThat(tree.depth()).isEqualTo(3);
    assertThat(tree.byDistrict())
        .containsExactly(java.util.Map.entry("Đức Linh", 3), java.util.Map.entry("Tánh Linh", 1));
    assertThat(tree.copies().get(0).recognizedLevel()).isEqualTo(vn.dvk.units.Level.DISTRICT);
    assertThat(tree.copies().get(2).state()).isEqualTo(RegistrationState.REGISTERED);
    var seenFromDucLinh = acting.as("duclinh", () -> replications.lineage(first.id())).copies();
    assertThat(seenFromDucLinh.get(3).title())
        .as("another district's draft copy is counted, not shown")
        .isNull();
    assertThat(seenFromDucLinh.get(3).readable()).isFalse();
    assertThat(seenFromDucLinh.get(0).title()).isEqualTo("Học tập lần một");
    assertThat(catchThrowable(() -> acting.as("council", () -> replications.lineage(first.id()))))
        .isInstanceOf(vn.dvk.shared.ForbiddenException.class);
    var fromTheMiddle = acting.as("leader", () -> replications.lineage(second.id()));
    assertThat(fromTheMiddle.copies())
        .extracting(Replications.Node::modelId)
        .containsExactly(third.id(), fourth.id());
  }

  @Test
  void aWronglyRecordedSourceCanBeRemovedAndAnotherRecorded() {
    var source = recognized("Nguồn ghi nhầm");
    var other = recognized("Nguồn đúng");
    var copy = fixtures.registeredModelOfDucLinh("Mô hình học tập");
    acting.run("duclinh", () -> replications.link(copy.id(), source.id()));

    acting.run("duclinh", () -> replications.unlink(copy.id()));
    acting.run("duclinh", () -> replications.link(copy.id(), other.id()));

    assertThat(acting.as("duclinh", () -> replications.sourceOf(copy.id())))
        .hasValueSatisfying(link -> assertThat(link.sourceId()).isEqualTo(other.id()));
    assertThat(acting.as("leader", () -> replications.lineage(source.id())).copies()).isEmpty();
    assertThat(audit.history("MODEL", String.valueOf(copy.id())))
        .extracting(entry -> entry.action())
        .contains("MODEL_LEARNED", "MODEL_SOURCE_REMOVED");
  }

  @Test
  void anotherDistrictCannotRecordASourceForAModelItCannotSee() {
    var source = recognized("Nguồn của Đức Linh");
    var copy = fixtures.registeredModelOfDucLinh("Bản sao của Đức Linh");

    assertThat(
            catchThrowable(
                () -> acting.run("tanhlinh", () -> replications.link(copy.id(), source.id()))))
        .isInstanceOf(NotFoundException.class);
  }

  private ModelView recognized(String title) {
    var model = fixtures.registeredModelOfDucLinh(title);
    fixtures.districtRecognition(model);
    return model;
  }
}
